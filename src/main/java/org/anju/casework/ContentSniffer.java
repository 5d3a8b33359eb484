package org.anju.casework;

import java.util.Arrays;

/**
 * Tells the type of a file from its first bytes, so that an upload's declared content type is
 * checked, not trusted: PDF, JPEG, PNG, WebP, TIFF, and ZIP-based Office files (DOCX/XLSX, reported as
 * {@code application/zip}). Returns {@code null} for anything else.
 */
final class ContentSniffer {

    private ContentSniffer() {
    }

    static String sniff(byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12
                && Arrays.equals(Arrays.copyOfRange(head, 8, 12), new byte[] {'W', 'E', 'B', 'P'})) {
            return "image/webp";
        }
        if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)) {
            return "image/tiff";
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return "application/zip";
        }
        return null;
    }

    /** Does a declared type agree with the sniffed one? (Office types are ZIP containers.) */
    static boolean agrees(String declared, String sniffed) {
        if (sniffed == null) {
            return false;
        }
        if (sniffed.equals("application/zip")) {
            return declared.equals("application/zip")
                    || declared.startsWith("application/vnd.openxmlformats-officedocument.");
        }
        return declared.equals(sniffed);
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != (bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
