package org.forumprotocol.web.memorandum;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.docs.participants.ParticipantFiles;

/**
 * What the memoranda's upload forms send in one request: a signatory's key file with its password and alias, a PDF
 * countersigned elsewhere, a PDF to verify. Request-scoped on purpose: the page beans are view-scoped, kept in the
 * session and copied to the other instances, and a key file or its password must never get there. The password is
 * handed out once as characters ({@link #takePassword()}) and forgotten at once; whatever is left is dropped when
 * the request ends. (Faces reads the password as a request parameter, a String the container holds for the request
 * too; that much cannot be avoided in a form post, and it ends with the request.)
 */
@Named("memorandumUploads")
@RequestScoped
public class MemorandumUploads {
    private Part keystore;
    private String password;
    private String alias;
    private Part signedFile;
    private Part pdf;

    /** The password as characters for the signer, who wipes them; this holder forgets it at once. */
    char[] takePassword() {
        char[] chars = password == null || password.isEmpty() ? null : password.toCharArray();
        password = null;
        return chars;
    }

    /**
     * The bytes of an uploaded part. A missing or empty file is refused as a missing field, one above the upload limit
     * as too large; the part's temporary data is deleted either way.
     */
    static byte[] bytes(Part part, String field) {
        if (part == null || part.getSize() <= 0) {
            throw ForumException.invalid(field, "is required: choose a file");
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes((int) ParticipantFiles.MAX_UPLOAD_BYTES + 1);
            if (bytes.length > ParticipantFiles.MAX_UPLOAD_BYTES) {
                throw new ForumException(ForumException.Kind.TOO_LARGE, "The file is larger than "
                        + ParticipantFiles.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB",
                        java.util.List.of(new FieldError(field, "larger than " + ParticipantFiles.MAX_UPLOAD_BYTES + " bytes")));
            }
            return bytes;
        } catch (IOException e) {
            throw ForumException.invalid(field, "the file could not be read; choose it again");
        } finally {
            delete(part);
        }
    }

    /** The file's name as the browser sent it, without any folder, for the report's heading. */
    static String name(Part part) {
        String name = part == null ? null : part.getSubmittedFileName();
        if (name == null) {
            return "";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    }

    @PreDestroy
    void forget() {
        password = null;
        alias = null;
        delete(keystore);
        delete(signedFile);
        delete(pdf);
        keystore = null;
        signedFile = null;
        pdf = null;
    }

    private static void delete(Part part) {
        if (part != null) {
            try {
                part.delete();
            } catch (IOException | RuntimeException e) {
                // Nothing was written to disk (web.xml keeps uploads in memory), or the container removed it already.
            }
        }
    }

    public Part getKeystore() {
        return keystore;
    }

    public void setKeystore(Part keystore) {
        this.keystore = keystore;
    }

    /** Never shown again: the password input does not redisplay, and this is null once taken. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public Part getSignedFile() {
        return signedFile;
    }

    public void setSignedFile(Part signedFile) {
        this.signedFile = signedFile;
    }

    public Part getPdf() {
        return pdf;
    }

    public void setPdf(Part pdf) {
        this.pdf = pdf;
    }
}
