package org.forumprotocol.docs.participants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Zip bomb protection for uploaded workbooks, in two layers. First the archive's central directory is read,
 * without inflating anything, and the archive is refused if it has too many entries, if its entries add up
 * to more than {@link #MAX_UNCOMPRESSED} bytes, or if an entry claims to be compressed more than
 * {@link #MAX_RATIO} to 1. The directory can lie, so POI's own guard ({@link ZipSecureFile}) is set to the same
 * limits and counts the bytes actually inflated.
 */
final class ZipGuard {
    /** Uncompressed bytes of all entries together; a list of 5,000 participants takes a few megabytes. */
    static final long MAX_UNCOMPRESSED = 50L * 1024 * 1024;
    /** Entries of the archive; a workbook has a dozen or two. */
    static final int MAX_ENTRIES = 1_000;
    /** Uncompressed to compressed size of one entry; spreadsheet XML stays well below it. */
    static final double MAX_RATIO = 100;
    /** Entries smaller than this are not held to the ratio: tiny parts compress extremely well. */
    static final long RATIO_GRACE = 100 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(1 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_UNCOMPRESSED);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setGraceEntrySize(RATIO_GRACE);
    }

    private ZipGuard() {
    }

    /** Makes sure POI's limits are in force; called before POI opens anything. */
    static void arm() {
        // The static initialiser has run once this method is called.
    }

    /** Refuses (field file) an archive whose central directory promises too much; inflates nothing. */
    static void check(Path file) {
        arm();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int count = 0;
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw Refusals.zipBomb("more than " + MAX_ENTRIES + " parts");
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size < 0 || compressed < 0) {
                    throw Refusals.notXlsx("the archive does not state the size of its part " + entry.getName());
                }
                total += size;
                if (size > MAX_UNCOMPRESSED || total > MAX_UNCOMPRESSED) {
                    throw Refusals.zipBomb("more than " + MAX_UNCOMPRESSED / (1024 * 1024) + " MB uncompressed");
                }
                if (size > RATIO_GRACE && size > compressed * MAX_RATIO) {
                    throw Refusals.zipBomb("a part is compressed more than " + (int) MAX_RATIO + " to 1");
                }
            }
            if (count == 0) {
                throw Refusals.notXlsx("the zip archive is empty");
            }
        } catch (ZipException e) {
            throw Refusals.notXlsx("the file is not a readable zip archive");
        } catch (IOException e) {
            throw Refusals.notXlsx("the file cannot be read as a zip archive");
        }
    }
}
