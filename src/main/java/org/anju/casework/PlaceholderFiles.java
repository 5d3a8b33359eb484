package org.anju.casework;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import org.springframework.web.multipart.MultipartFile;

/**
 * Small, real files for the sample county's archive and inspection photos: a one-page PDF naming the
 * document and the house, and a PNG "photo" (a drawing of a house, coloured by the house code). They
 * pass the upload checks like any file a user sends (type declared and sniffed, size).
 */
public final class PlaceholderFiles {

    private PlaceholderFiles() {
    }

    /** A valid one-page PDF 1.4 with one line of (ASCII) text. */
    public static MultipartFile pdf(String fileName, String text) {
        String line = text.replaceAll("[^ -~]", "?").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        String stream = "BT /F1 14 Tf 50 780 Td (" + line + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return new Upload(fileName, "application/pdf", pdf.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** A 320×240 PNG of a house drawn in a colour taken from {@code houseCode}. */
    public static MultipartFile photo(String fileName, String houseCode) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int hash = houseCode.hashCode();
        g.setColor(new Color(0xD8E6F0));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(0x8A7F6A));
        g.fillRect(0, 190, 320, 50);
        g.setColor(new Color(0x90 + (hash & 0x3F), 0x70 + (hash >> 6 & 0x3F), 0x50 + (hash >> 12 & 0x3F)));
        g.fillRect(90, 110, 140, 80);
        g.setColor(new Color(0x6B3A2A));
        g.fillPolygon(new int[] {75, 160, 245}, new int[] {112, 60, 112}, 3);
        g.setColor(new Color(0x3B2F2F));
        g.fillRect(145, 145, 30, 45);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Upload(fileName, "image/png", out.toByteArray());
    }

    /** A file held in memory, offered to the upload services like a part of a multipart request. */
    private record Upload(String fileName, String contentType, byte[] content) implements MultipartFile {

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getOriginalFilename() {
            return fileName;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public boolean isEmpty() {
            return content.length == 0;
        }

        @Override
        public long getSize() {
            return content.length;
        }

        @Override
        public byte[] getBytes() {
            return content.clone();
        }

        @Override
        public InputStream getInputStream() {
            return new java.io.ByteArrayInputStream(content);
        }

        @Override
        public void transferTo(File dest) throws IOException {
            Files.write(dest.toPath(), content);
        }
    }
}
