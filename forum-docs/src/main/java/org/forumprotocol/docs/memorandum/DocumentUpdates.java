package org.forumprotocol.docs.memorandum;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.itextpdf.kernel.pdf.DocumentRevision;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfBoolean;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfRevisionsReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;

import org.forumprotocol.docs.memorandum.DocumentChange.Kind;

/**
 * The incremental updates of a PDF and what each one changed. Each update lists the objects it (re)writes; every
 * object it rewrites that existed before is compared with its earlier version and judged by what it is: the
 * catalog entry by entry, a page (its content, resources and boxes apart from its annotations), a form field and
 * its value, the form, an annotation, metadata, the structure tree, validation data. Anything else is judged by
 * where the earlier revision used it: an object reached from a page's content or resources (a content stream, a
 * font, an image) changes what the page shows; one reached only from a field's appearance changes that field.
 * New objects change nothing until an existing object refers to them, and that object is judged.
 *
 * <p>Not looked at: FieldMDP locks of single fields, and JavaScript inside annotations or fields (a changed action
 * of an existing field or annotation counts as a change of that field or annotation).
 */
final class DocumentUpdates {
    private static final PdfName DOC_TIME_STAMP = new PdfName("DocTimeStamp");
    private static final PdfName DSS = new PdfName("DSS");
    private static final PdfName VRI = new PdfName("VRI");
    private static final PdfName OBJR = new PdfName("OBJR");
    private static final PdfName MCR = new PdfName("MCR");
    private static final Set<PdfName> SIGNING_FORM_KEYS = Set.of(PdfName.SigFlags, PdfName.DR, PdfName.DA, PdfName.NeedAppearances);
    private static final Set<PdfName> STRUCTURE_TYPES = Set.of(PdfName.StructTreeRoot, PdfName.StructElem, MCR, OBJR);

    /** One incremental update: its number (1 = the first after the original), where it ends, what it changed. */
    record Update(int number, long end, List<Found> changes) {
    }

    /** A change, before it is judged against the certification level. */
    record Found(Kind kind, String target, String description) {
    }

    private DocumentUpdates() {
    }

    /**
     * The updates of {@code pdf}, oldest first; {@code current} is the whole file, already open, and serves as the
     * last revision. Each earlier revision is opened from the file's first bytes, once.
     */
    static List<Update> read(byte[] pdf, PdfDocument current) throws IOException {
        List<DocumentRevision> revisions = new PdfRevisionsReader(new PdfReader(new ByteArrayInputStream(pdf))).getAllRevisions();
        List<Update> updates = new ArrayList<>();
        if (revisions.size() < 2) {
            return updates;
        }
        List<PdfDocument> opened = new ArrayList<>();
        try {
            PdfDocument before = open(pdf, end(revisions.get(0), pdf), opened);
            for (int i = 1; i < revisions.size(); i++) {
                boolean last = i == revisions.size() - 1;
                long end = last ? pdf.length : end(revisions.get(i), pdf);
                PdfDocument after = last ? current : open(pdf, end, opened);
                updates.add(new Update(i, end, new Comparison(before, after).changes(revisions.get(i).getModifiedObjects())));
                before = after;
            }
        } finally {
            for (PdfDocument d : opened) {
                d.close();
            }
        }
        return updates;
    }

    /** Where a revision ends; iText's offset can lie one byte past an end-of-line after %%EOF. */
    private static long end(DocumentRevision revision, byte[] pdf) {
        return Math.min(revision.getEofOffset(), pdf.length);
    }

    private static PdfDocument open(byte[] pdf, long end, List<PdfDocument> opened) throws IOException {
        PdfDocument doc = new ReadingDocument(new PdfReader(new ByteArrayInputStream(pdf, 0, (int) end)));
        opened.add(doc);
        return doc;
    }

    /** The comparison of one revision with the one before it. */
    private static final class Comparison {
        private final PdfDocument before;
        private final PdfDocument after;
        private final Set<Found> found = new LinkedHashSet<>();
        private Map<Integer, Role> roles;
        private Map<Integer, Integer> pagesAfter;

        Comparison(PdfDocument before, PdfDocument after) {
            this.before = before;
            this.after = after;
        }

        List<Found> changes(Set<PdfIndirectReference> modified) {
            Set<Integer> numbers = new TreeSet<>();
            modified.forEach(r -> numbers.add(r.getObjNumber()));
            numbers.remove(0);
            for (int n : numbers) {
                PdfObject old = object(before, n);
                PdfObject now = object(after, n);
                if (now == null) {
                    if (old != null) {
                        removed(n);
                    }
                } else if (old != null) {
                    changed(n, old, now);
                }
            }
            return List.copyOf(found);
        }

        private void add(Kind kind, String target, String description) {
            found.add(new Found(kind, target == null ? "" : target, description));
        }

        private void removed(int n) {
            Role role = roles().get(n);
            if (role != null && role.kind() == Kind.PAGE_CONTENT) {
                add(Kind.PAGE_CONTENT, role.target(), "an object drawn on page " + role.target() + " was removed");
            } else if (role != null && role.signed()) {
                add(Kind.OTHER, role.target(), "part of the signed field " + role.target() + " was removed");
            }
        }

        private void changed(int n, PdfObject old, PdfObject now) {
            if (unchanged(old, now)) {
                // Written again as it was, as some signing software does with objects it touched: no change.
                return;
            }
            if (now instanceof PdfDictionary d && old instanceof PdfDictionary od) {
                PdfName type = d.getAsName(PdfName.Type);
                if (PdfName.XRef.equals(type) || PdfName.ObjStm.equals(type)) {
                    return;
                }
                if (n == number(after.getCatalog().getPdfObject())) {
                    catalog(od, d);
                } else if (PdfName.Pages.equals(type)) {
                    pagesNode(od, d);
                } else if (PdfName.Page.equals(type)) {
                    page(String.valueOf(pagesAfter().getOrDefault(n, 0)), od, d);
                } else if (PdfName.Sig.equals(type) || DOC_TIME_STAMP.equals(type)) {
                    add(Kind.OTHER, "object " + n, "a signature's dictionary was changed after it was written");
                } else if (DSS.equals(type) || n == number(before.getCatalog().getPdfObject().get(DSS, false))
                        || d.containsKey(VRI)) {
                    add(Kind.VALIDATION_DATA, "DSS", "validation data (DSS) updated");
                } else if (n == number(after.getTrailer().get(PdfName.Info, false)) || n == number(before.getTrailer().get(PdfName.Info, false))) {
                    add(Kind.METADATA, "Info", "document information (/Info) updated");
                } else if (PdfName.Metadata.equals(type)) {
                    add(Kind.METADATA, "Metadata", "XMP metadata updated");
                } else if (type != null && STRUCTURE_TYPES.contains(type)) {
                    add(Kind.STRUCTURE, "StructTreeRoot", "logical structure (tags) updated");
                } else if (n == number(before.getCatalog().getPdfObject().get(PdfName.AcroForm, false))) {
                    acroForm(od, d);
                } else if (isField(d)) {
                    field(od, d);
                } else if (PdfName.Annot.equals(type) || d.containsKey(PdfName.Subtype) && d.containsKey(PdfName.Rect)) {
                    String page = annotationPage(d);
                    if (!differing(od, d).isEmpty()) {
                        add(Kind.ANNOTATION, page, "an annotation (" + d.getAsName(PdfName.Subtype) + ") on page " + page + " was changed");
                    }
                } else if (isNumberTree(d)) {
                    add(Kind.STRUCTURE, "ParentTree", "logical structure (parent tree) updated");
                } else {
                    byUse(n, d.getAsName(PdfName.Type) != null ? d.getAsName(PdfName.Type).getValue() : "dictionary");
                }
            } else if (now instanceof PdfArray array && old instanceof PdfArray oldArray) {
                Role role = roles().get(n);
                if (role != null && role.annotations()) {
                    annotations(role.target(), oldArray, array);
                } else if (n == number(acroFormOf(before).map(f -> f.get(PdfName.Fields, false)).orElse(null))) {
                    fields(oldArray, array);
                } else {
                    byUse(n, "array");
                }
            } else {
                byUse(n, "value");
            }
        }

        /** An object judged by what the earlier revision used it for. */
        private void byUse(int n, String what) {
            Role role = roles().get(n);
            if (role == null) {
                add(Kind.OTHER, "object " + n, "an object (" + what + ") that no page or field uses was changed");
            } else if (role.signed()) {
                add(Kind.OTHER, role.target(), "the appearance of the signed field " + role.target() + " was changed");
            } else {
                add(role.kind(), role.target(), switch (role.kind()) {
                    case PAGE_CONTENT -> "what page " + role.target() + " shows was changed (" + what + ": content, font, image or form XObject)";
                    case SIGNATURE -> "the appearance of the signature field " + role.target() + " was changed";
                    case FORM_FIELD -> "the appearance of the field " + role.target() + " was changed";
                    default -> "the appearance of an annotation on page " + role.target() + " was changed";
                });
            }
        }

        private void catalog(PdfDictionary old, PdfDictionary now) {
            for (PdfName key : differing(old, now)) {
                if (PdfName.AcroForm.equals(key)) {
                    PdfObject o = old.get(key, true);
                    PdfObject c = now.get(key, true);
                    if (o instanceof PdfDictionary od && c instanceof PdfDictionary cd && !old.get(key, false).isIndirectReference()
                            && !now.get(key, false).isIndirectReference()) {
                        acroForm(od, cd);
                    } else {
                        add(o == null ? Kind.SIGNATURE : Kind.FORM_FIELD, "AcroForm", o == null ? "a form for signature fields was added"
                                : "the form (/AcroForm) was replaced");
                    }
                } else if (PdfName.Perms.equals(key)) {
                    boolean first = old.get(key) == null;
                    add(first ? Kind.SIGNATURE : Kind.OTHER, "Perms", first ? "certification permissions (/Perms) set"
                            : "the certification permissions (/Perms) were changed");
                } else if (DSS.equals(key)) {
                    add(Kind.VALIDATION_DATA, "DSS", "validation data (DSS) added");
                } else if (PdfName.Metadata.equals(key) || PdfName.Extensions.equals(key)) {
                    add(Kind.METADATA, key.getValue(), "metadata (/" + key.getValue() + ") updated");
                } else if (PdfName.StructTreeRoot.equals(key) || PdfName.MarkInfo.equals(key)) {
                    add(Kind.STRUCTURE, key.getValue(), "logical structure (/" + key.getValue() + ") updated");
                } else {
                    // /OpenAction, /AA, /Names (embedded files, JavaScript), /Pages, /Outlines …: never a part of signing.
                    add(Kind.OTHER, key.getValue(), "the document catalog's /" + key.getValue() + " was changed");
                }
            }
        }

        private void pagesNode(PdfDictionary old, PdfDictionary now) {
            for (PdfName key : differing(old, now)) {
                if (PdfName.Kids.equals(key) || PdfName.Count.equals(key) || PdfName.Parent.equals(key)) {
                    add(Kind.PAGES, "", "pages were added, removed or reordered");
                } else {
                    add(Kind.PAGE_CONTENT, "", "attributes that pages inherit (/" + key.getValue() + ") were changed");
                }
            }
        }

        private void page(String number, PdfDictionary old, PdfDictionary now) {
            List<String> content = new ArrayList<>();
            for (PdfName key : differing(old, now)) {
                if (PdfName.Annots.equals(key)) {
                    PdfArray o = old.getAsArray(key);
                    PdfArray c = now.getAsArray(key);
                    annotations(number, o == null ? new PdfArray() : o, c == null ? new PdfArray() : c);
                } else if (PdfName.Tabs.equals(key) || PdfName.StructParents.equals(key)) {
                    add(Kind.STRUCTURE, number, "the tab order or structure of page " + number + " was updated");
                } else if (PdfName.Parent.equals(key)) {
                    add(Kind.PAGES, number, "page " + number + " was moved in the page tree");
                } else {
                    content.add("/" + key.getValue());
                }
            }
            if (!content.isEmpty()) {
                add(Kind.PAGE_CONTENT, number, "page " + number + " was changed (" + String.join(", ", content) + ")");
            }
        }

        private void annotations(String page, PdfArray old, PdfArray now) {
            Map<Integer, PdfObject> was = references(old);
            Map<Integer, PdfObject> is = references(now);
            // Annotations written directly into the array have no object number to follow: judged as a whole.
            if (was.size() != old.size() || is.size() != now.size()) {
                add(Kind.ANNOTATION, page, "the annotations of page " + page + " were changed");
                return;
            }
            for (Map.Entry<Integer, PdfObject> e : is.entrySet()) {
                if (!was.containsKey(e.getKey()) && e.getValue() instanceof PdfDictionary a) {
                    if (isField(a)) {
                        boolean signature = PdfName.Sig.equals(fieldType(a));
                        add(signature ? Kind.SIGNATURE : Kind.FORM_FIELD, fieldName(a), (signature ? "signature field " : "field ")
                                + fieldName(a) + " added on page " + page);
                    } else {
                        add(Kind.ANNOTATION, page, "an annotation (" + a.getAsName(PdfName.Subtype) + ") was added on page " + page);
                    }
                }
            }
            for (Map.Entry<Integer, PdfObject> e : was.entrySet()) {
                if (!is.containsKey(e.getKey()) && e.getValue() instanceof PdfDictionary a) {
                    if (isField(a)) {
                        add(Kind.OTHER, fieldName(a), "field " + fieldName(a) + " was removed from page " + page);
                    } else {
                        add(Kind.ANNOTATION, page, "an annotation (" + a.getAsName(PdfName.Subtype) + ") was removed from page " + page);
                    }
                }
            }
        }

        private void acroForm(PdfDictionary old, PdfDictionary now) {
            for (PdfName key : differing(old, now)) {
                if (PdfName.Fields.equals(key)) {
                    PdfArray o = old.getAsArray(key);
                    PdfArray c = now.getAsArray(key);
                    fields(o == null ? new PdfArray() : o, c == null ? new PdfArray() : c);
                } else if (SIGNING_FORM_KEYS.contains(key)) {
                    add(Kind.SIGNATURE, "AcroForm", "the form's settings for signing (/" + key.getValue() + ") were updated");
                } else if (PdfName.XFA.equals(key)) {
                    add(Kind.OTHER, "XFA", "the form's XFA, which can replace what the pages show, was changed");
                } else {
                    add(Kind.FORM_FIELD, "AcroForm", "the form's /" + key.getValue() + " was changed");
                }
            }
        }

        private void fields(PdfArray old, PdfArray now) {
            Map<Integer, PdfObject> was = references(old);
            Map<Integer, PdfObject> is = references(now);
            for (Map.Entry<Integer, PdfObject> e : is.entrySet()) {
                if (!was.containsKey(e.getKey()) && e.getValue() instanceof PdfDictionary f) {
                    boolean signature = PdfName.Sig.equals(fieldType(f));
                    add(signature ? Kind.SIGNATURE : Kind.FORM_FIELD, fieldName(f), (signature ? "signature field " : "field ")
                            + fieldName(f) + " added");
                }
            }
            for (Map.Entry<Integer, PdfObject> e : was.entrySet()) {
                if (!is.containsKey(e.getKey()) && e.getValue() instanceof PdfDictionary f) {
                    add(Kind.OTHER, fieldName(f), "field " + fieldName(f) + " was removed from the form");
                }
            }
        }

        private void field(PdfDictionary old, PdfDictionary now) {
            String name = fieldName(now);
            Set<PdfName> keys = differing(old, now);
            if (keys.isEmpty()) {
                return;
            }
            if (!PdfName.Sig.equals(fieldType(now))) {
                add(Kind.FORM_FIELD, name, "field " + name + " was filled in or changed (" + names(keys) + ")");
                return;
            }
            PdfObject wasSigned = old.get(PdfName.V, false);
            PdfObject signed = now.get(PdfName.V, false);
            if (wasSigned != null && !same(wasSigned, signed)) {
                add(Kind.OTHER, name, "the signature in field " + name + " was replaced or removed");
            } else if (wasSigned != null) {
                add(Kind.OTHER, name, "the signed field " + name + " was changed (" + names(keys) + ")");
            } else if (signed != null) {
                boolean timestamp = now.get(PdfName.V, true) instanceof PdfDictionary v && DOC_TIME_STAMP.equals(v.getAsName(PdfName.Type));
                add(timestamp ? Kind.DOCUMENT_TIMESTAMP : Kind.SIGNATURE, name, (timestamp ? "document timestamp in field " : "field ")
                        + name + (timestamp ? "" : " signed"));
            } else {
                add(Kind.SIGNATURE, name, "the unsigned signature field " + name + " was changed (" + names(keys) + ")");
            }
        }

        private String annotationPage(PdfDictionary annotation) {
            PdfObject page = annotation.get(PdfName.P, false);
            Integer number = page == null ? null : pagesAfter().get(number(page));
            return number == null ? "" : String.valueOf(number);
        }

        private Map<Integer, Integer> pagesAfter() {
            if (pagesAfter == null) {
                pagesAfter = new HashMap<>();
                for (int p = 1; p <= after.getNumberOfPages(); p++) {
                    pagesAfter.put(number(after.getPage(p).getPdfObject()), p);
                }
            }
            return pagesAfter;
        }

        /** What each object of the earlier revision is used for, as far as pages and their annotations reach. */
        private Map<Integer, Role> roles() {
            if (roles == null) {
                roles = new HashMap<>();
                int pages = before.getNumberOfPages();
                for (int p = 1; p <= pages; p++) {
                    var page = before.getPage(p);
                    Role content = new Role(Kind.PAGE_CONTENT, String.valueOf(p), false, false);
                    walk(page.getPdfObject().get(PdfName.Contents, false), content, 0);
                    walk(page.getResources().getPdfObject(), content, 0);
                }
                for (int p = 1; p <= pages; p++) {
                    PdfDictionary page = before.getPage(p).getPdfObject();
                    PdfObject annots = page.get(PdfName.Annots, false);
                    if (annots instanceof PdfIndirectReference ref) {
                        roles.putIfAbsent(ref.getObjNumber(), new Role(Kind.ANNOTATION, String.valueOf(p), false, true));
                    }
                    PdfArray array = page.getAsArray(PdfName.Annots);
                    for (int i = 0; array != null && i < array.size(); i++) {
                        if (array.get(i) instanceof PdfDictionary a) {
                            Role role = annotationRole(a, p);
                            walk(array.get(i, false), role, 0);
                        }
                    }
                }
            }
            return roles;
        }

        private static Role annotationRole(PdfDictionary annotation, int page) {
            if (!isField(annotation)) {
                return new Role(Kind.ANNOTATION, String.valueOf(page), false, false);
            }
            boolean signature = PdfName.Sig.equals(fieldType(annotation));
            boolean signed = signature && value(annotation) != null;
            return new Role(signature ? Kind.SIGNATURE : Kind.FORM_FIELD, fieldName(annotation), signed, false);
        }

        /** Marks every object reached from {@code object} as used for {@code role}, unless already marked. */
        private void walk(PdfObject object, Role role, int depth) {
            if (object == null || depth > 64) {
                return;
            }
            PdfObject direct = object;
            if (object instanceof PdfIndirectReference ref) {
                if (roles.putIfAbsent(ref.getObjNumber(), role) != null) {
                    return;
                }
                direct = ref.getRefersTo();
            } else if (object.getIndirectReference() != null && depth > 0) {
                if (roles.putIfAbsent(object.getIndirectReference().getObjNumber(), role) != null) {
                    return;
                }
            } else if (object.getIndirectReference() != null) {
                roles.putIfAbsent(object.getIndirectReference().getObjNumber(), role);
            }
            if (direct instanceof PdfDictionary d) {
                for (Map.Entry<PdfName, PdfObject> e : d.entrySet()) {
                    PdfName key = e.getKey();
                    // Links up the tree, to the page, to the structure or to the signature value lead elsewhere.
                    if (!PdfName.Parent.equals(key) && !PdfName.P.equals(key) && !PdfName.V.equals(key)
                            && !PdfName.StructParent.equals(key) && !PdfName.StructParents.equals(key)) {
                        walk(d.get(key, false), role, depth + 1);
                    }
                }
            } else if (direct instanceof PdfArray a) {
                for (int i = 0; i < a.size(); i++) {
                    walk(a.get(i, false), role, depth + 1);
                }
            }
        }

        private static Map<Integer, PdfObject> references(PdfArray array) {
            Map<Integer, PdfObject> refs = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i, false) instanceof PdfIndirectReference ref) {
                    refs.put(ref.getObjNumber(), ref.getRefersTo());
                }
            }
            return refs;
        }

        private static java.util.Optional<PdfDictionary> acroFormOf(PdfDocument doc) {
            return java.util.Optional.ofNullable(doc.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm));
        }
    }

    /**
     * What an object of the earlier revision is used for: page content (target the page number), the appearance of
     * a field (target its name; {@code signed} when it is a signed signature field) or an annotation, or a page's
     * annotations array.
     */
    private record Role(Kind kind, String target, boolean signed, boolean annotations) {
    }

    static boolean isField(PdfDictionary d) {
        return d.containsKey(PdfName.FT) || PdfName.Widget.equals(d.getAsName(PdfName.Subtype))
                || d.containsKey(PdfName.T) && d.containsKey(PdfName.Kids);
    }

    /** The field type, inherited from the parent fields. */
    static PdfName fieldType(PdfDictionary field) {
        PdfDictionary d = field;
        for (int depth = 0; d != null && depth < 32; depth++) {
            PdfName type = d.getAsName(PdfName.FT);
            if (type != null) {
                return type;
            }
            d = d.getAsDictionary(PdfName.Parent);
        }
        return null;
    }

    /** The fully qualified field name: the partial names of the field and its parents, joined by dots. */
    static String fieldName(PdfDictionary field) {
        List<String> parts = new ArrayList<>();
        PdfDictionary d = field;
        for (int depth = 0; d != null && depth < 32; depth++) {
            PdfString t = d.getAsString(PdfName.T);
            if (t != null) {
                parts.add(0, t.toUnicodeString());
            }
            d = d.getAsDictionary(PdfName.Parent);
        }
        return String.join(".", parts);
    }

    private static PdfObject value(PdfDictionary field) {
        PdfDictionary d = field;
        for (int depth = 0; d != null && depth < 32; depth++) {
            if (d.get(PdfName.V, false) != null) {
                return d.get(PdfName.V, false);
            }
            d = d.getAsDictionary(PdfName.Parent);
        }
        return null;
    }

    private static boolean isNumberTree(PdfDictionary d) {
        if (d.containsKey(PdfName.Nums)) {
            return true;
        }
        PdfArray limits = d.getAsArray(PdfName.Limits);
        return limits != null && limits.size() > 0 && limits.get(0) instanceof PdfNumber;
    }

    private static PdfObject object(PdfDocument doc, int n) {
        try {
            PdfObject o = doc.getPdfObject(n);
            return o == null || o.getType() == PdfObject.NULL ? null : o;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int number(PdfObject o) {
        if (o instanceof PdfIndirectReference ref) {
            return ref.getObjNumber();
        }
        return o == null || o.getIndirectReference() == null ? -1 : o.getIndirectReference().getObjNumber();
    }

    /** Whether an object written again in an update is the same as before, streams' (still encoded) data included. */
    private static boolean unchanged(PdfObject old, PdfObject now) {
        if (old instanceof PdfStream a && now instanceof PdfStream b) {
            try {
                return differing(a, b).isEmpty() && Arrays.equals(a.getBytes(false), b.getBytes(false));
            } catch (RuntimeException e) {
                return false;
            }
        }
        if (old instanceof PdfStream || now instanceof PdfStream) {
            return false;
        }
        return same(old, now);
    }

    /** The keys whose values differ, values compared as written (references by object number, not followed). */
    static Set<PdfName> differing(PdfDictionary a, PdfDictionary b) {
        Set<PdfName> keys = new TreeSet<>(Comparator.comparing(PdfName::getValue));
        keys.addAll(a.keySet());
        keys.addAll(b.keySet());
        keys.removeIf(k -> same(a.get(k, false), b.get(k, false)));
        return keys;
    }

    private static String names(Set<PdfName> keys) {
        return String.join(", ", keys.stream().map(k -> "/" + k.getValue()).toList());
    }

    /** Deep equality of two objects as written: references are equal when they name the same object. */
    static boolean same(PdfObject a, PdfObject b) {
        boolean aNull = a == null || a.getType() == PdfObject.NULL;
        boolean bNull = b == null || b.getType() == PdfObject.NULL;
        if (aNull || bNull) {
            return aNull && bNull;
        }
        if (a instanceof PdfIndirectReference || b instanceof PdfIndirectReference) {
            return a instanceof PdfIndirectReference x && b instanceof PdfIndirectReference y
                    && x.getObjNumber() == y.getObjNumber() && x.getGenNumber() == y.getGenNumber();
        }
        if (a.getType() != b.getType()) {
            return false;
        }
        return switch (a.getType()) {
            case PdfObject.ARRAY -> {
                PdfArray x = (PdfArray) a;
                PdfArray y = (PdfArray) b;
                if (x.size() != y.size()) {
                    yield false;
                }
                for (int i = 0; i < x.size(); i++) {
                    if (!same(x.get(i, false), y.get(i, false))) {
                        yield false;
                    }
                }
                yield true;
            }
            case PdfObject.DICTIONARY -> differing((PdfDictionary) a, (PdfDictionary) b).isEmpty();
            case PdfObject.NUMBER -> Double.compare(((PdfNumber) a).doubleValue(), ((PdfNumber) b).doubleValue()) == 0;
            case PdfObject.STRING -> Arrays.equals(((PdfString) a).getValueBytes(), ((PdfString) b).getValueBytes());
            case PdfObject.BOOLEAN -> ((PdfBoolean) a).getValue() == ((PdfBoolean) b).getValue();
            case PdfObject.NAME -> a.equals(b);
            default -> false;
        };
    }
}
