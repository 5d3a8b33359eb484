package org.anju.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the attribute table (.dbf, dBASE III/IV as written by ArcGIS, QGIS, GDAL and survey
 * software) one record at a time: character fields decoded with the given charset, numbers as
 * {@link BigDecimal} (the raw text when unparseable, so the row can be reported), dates (type D)
 * as {@link LocalDate} — which H2GIS' SHPREAD loses — and logicals as {@link Boolean}.
 * Field names are decoded with the same charset (Chinese names are common), trailing bytes of a
 * name cut mid-character by the 10-byte limit are dropped.
 */
final class DbfRecords implements AutoCloseable {

    record Field(String name, char type, int length, int offset, byte[] rawName) {
    }

    private final InputStream in;
    private final List<Field> fields;
    private final int recordCount;
    private final int recordLength;
    private final byte[] record;
    private final Charset charset;
    private final boolean byteTrimmable;
    private volatile int read;

    /**
     * Charsets in which every byte below 0x80 is the ASCII character by itself (never a part of a
     * longer character): blanks can be cut off as bytes and ASCII text needs no decoder.
     */
    private static final java.util.Set<String> BYTE_TRIMMABLE = java.util.Set.of("UTF-8", "GB18030", "GBK", "GB2312",
            "US-ASCII", "ISO-8859-1", "windows-1252");

    DbfRecords(Path dbf, Charset charset) throws IOException {
        this.charset = charset;
        this.byteTrimmable = BYTE_TRIMMABLE.contains(charset.name());
        this.in = new BufferedInputStream(Files.newInputStream(dbf), 1 << 16);
        try {
            Header header = Header.read(in, dbf);
            this.recordCount = header.recordCount;
            this.recordLength = header.recordLength;
            this.fields = new ArrayList<>();
            for (Field raw : header.fields) {
                fields.add(new Field(decodeName(raw.rawName(), charset), raw.type(), raw.length(), raw.offset(), raw.rawName()));
            }
            this.record = new byte[recordLength];
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    List<Field> fields() {
        return fields;
    }

    /** Bytes of the records read so far (for progress; any thread). */
    long bytesRead() {
        return (long) read * recordLength;
    }

    /** Returned by {@link #next()} for a record marked deleted (its .shp record is still there). */
    static final Map<String, Object> DELETED = java.util.Collections.unmodifiableMap(new LinkedHashMap<>());

    /** The next record's values by field name, {@link #DELETED}, or {@code null} at the end. */
    Map<String, Object> next() throws IOException {
        if (read < recordCount) {
            if (in.readNBytes(record, 0, recordLength) < recordLength) {
                return null;
            }
            read++;
            if (record[0] == '*') {
                return DELETED;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Field field : fields) {
                values.put(field.name(), value(field));
            }
            return values;
        }
        return null;
    }

    /**
     * {@code text} without its padding: at the end, the run of blanks and NULs that fills the
     * fixed-width field (dBASE pads with blanks, shapelib and C-string writers with NULs); at the
     * start, blanks only. A NUL or other control character anywhere else — inside the value, at
     * its start, or at its end before other characters — is content and stays, so that the row
     * check refuses it (422); a field of nothing but blanks and NULs is empty.
     */
    private static String stripped(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == 0 || CellValues.blank(text.charAt(end - 1)))) {
            end--;
        }
        int start = 0;
        while (start < end && CellValues.blank(text.charAt(start))) {
            start++;
        }
        return text.substring(start, end);
    }

    /**
     * The field's text without its padding ({@link #stripped}). Padding is cut off as bytes first
     * — in the charsets of {@link #BYTE_TRIMMABLE} blanks and NUL are never part of a longer
     * character — so that it is not decoded; text of ASCII bytes only is copied without a decoder
     * (it reads the same in those charsets).
     */
    private String text(Field field) {
        Charset fieldCharset = field.type() == 'C' ? charset : StandardCharsets.ISO_8859_1;
        if (fieldCharset != StandardCharsets.ISO_8859_1 && !byteTrimmable) {
            return stripped(new String(record, field.offset(), field.length(), fieldCharset));
        }
        int from = field.offset();
        int end = from + field.length();
        while (end > from && (record[end - 1] == 0 || blank(record[end - 1]))) {
            end--;
        }
        while (from < end && blank(record[from])) {
            from++;
        }
        if (from == end) {
            return "";
        }
        if (ascii(record, from, end - from)) {
            return new String(record, from, end - from, StandardCharsets.ISO_8859_1);
        }
        return stripped(new String(record, from, end - from, fieldCharset));
    }

    /** An ASCII blank that {@link CellValues#blank} cuts: space, TAB, LF, CR (not the other controls). */
    private static boolean blank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private Object value(Field field) {
        // shapelib (GDAL, Anju's own downloads) writes a missing value as NUL bytes, others as blanks
        String text = text(field);
        switch (field.type()) {
            case 'C':
                return text.isEmpty() ? null : text;
            case 'N', 'F':
                if (text.isEmpty() || stars(text)) {
                    return null;
                }
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    return text;
                }
            case 'D':
                if (text.isEmpty() || text.equals("00000000")) {
                    return null;
                }
                try {
                    return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                            Integer.parseInt(text.substring(6, 8)));
                } catch (RuntimeException e) {
                    return text;
                }
            case 'L':
                return switch (text.isEmpty() ? '?' : Character.toUpperCase(text.charAt(0))) {
                    case 'T', 'Y' -> Boolean.TRUE;
                    case 'F', 'N' -> Boolean.FALSE;
                    default -> null;
                };
            case 'I':
                return BigDecimal.valueOf(ByteBuffer.wrap(record, field.offset(), 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
            case 'O':
                return BigDecimal.valueOf(ByteBuffer.wrap(record, field.offset(), 8).order(ByteOrder.LITTLE_ENDIAN).getDouble());
            default:
                return text.isEmpty() ? null : text;
        }
    }

    /** A numeric field filled with asterisks: dBASE's "does not fit". */
    private static boolean stars(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * How the text of a .dbf is encoded when there is no .cpg: ASCII when no byte is above 127,
     * UTF-8 when every character field (and field name) decodes as strict UTF-8, GB18030 (the
     * superset of GBK and GB2312, what Chinese Windows software writes) otherwise. Legitimate
     * Chinese text in GBK is practically never valid UTF-8 over a whole file. Reads the file once,
     * stopping at the first byte sequence that is not UTF-8.
     */
    static Charset detectEncoding(Path dbf) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dbf), 1 << 16)) {
            Header header = Header.read(in, dbf);
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            boolean nonAscii = false;
            for (Field field : header.fields) {
                byte[] name = trimName(field.rawName());
                nonAscii |= !ascii(name, 0, name.length);
                // names cut at 10 bytes may end mid-character: judge the complete characters only
                if (!validUtf8(utf8, name, 0, completeUtf8Length(name))) {
                    return Charset.forName("GB18030");
                }
            }
            byte[] record = new byte[header.recordLength];
            for (int r = 0; r < header.recordCount; r++) {
                if (in.readNBytes(record, 0, record.length) < record.length) {
                    break;
                }
                for (Field field : header.fields) {
                    if (field.type() != 'C' || ascii(record, field.offset(), field.length())) {
                        continue;
                    }
                    nonAscii = true;
                    if (!validUtf8(utf8, record, field.offset(), field.length())) {
                        return Charset.forName("GB18030");
                    }
                }
            }
            return nonAscii ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII;
        }
    }

    private static boolean ascii(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean validUtf8(CharsetDecoder decoder, byte[] bytes, int from, int length) {
        try {
            decoder.reset().decode(ByteBuffer.wrap(bytes, from, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The length of {@code bytes} without a UTF-8 sequence cut off at the end. */
    private static int completeUtf8Length(byte[] bytes) {
        int end = bytes.length;
        int i = end - 1;
        int continuation = 0;
        while (i >= 0 && (bytes[i] & 0xC0) == 0x80 && continuation < 3) {
            i--;
            continuation++;
        }
        if (i < 0 || bytes[i] >= 0) {
            return end;
        }
        int lead = bytes[i] & 0xFF;
        int expected = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        return continuation < expected ? i : end;
    }

    private static byte[] trimName(byte[] raw) {
        int n = 0;
        while (n < raw.length && raw[n] != 0) {
            n++;
        }
        return java.util.Arrays.copyOf(raw, n);
    }

    private static String decodeName(byte[] raw, Charset charset) {
        byte[] name = trimName(raw);
        int length = charset.equals(StandardCharsets.UTF_8) ? completeUtf8Length(name) : name.length;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.IGNORE)
                .onUnmappableCharacter(CodingErrorAction.IGNORE);
        try {
            return decoder.decode(ByteBuffer.wrap(name, 0, length)).toString().strip();
        } catch (CharacterCodingException e) {
            return new String(name, 0, length, charset).strip();
        }
    }

    private record Header(int recordCount, int recordLength, List<Field> fields) {

        static Header read(InputStream in, Path dbf) throws IOException {
            byte[] head = in.readNBytes(32);
            if (head.length < 32) {
                throw new ImportFailure("file", dbf.getFileName().toString(), "import.dbf.broken");
            }
            ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
            int recordCount = b.getInt(4);
            int headerLength = b.getShort(8) & 0xFFFF;
            int recordLength = b.getShort(10) & 0xFFFF;
            if (recordCount < 0 || headerLength < 33 || recordLength < 1) {
                throw new ImportFailure("file", dbf.getFileName().toString(), "import.dbf.broken");
            }
            byte[] descriptors = in.readNBytes(headerLength - 32);
            List<Field> fields = new ArrayList<>();
            int offset = 1;
            for (int p = 0; p + 32 <= descriptors.length && descriptors[p] != 0x0D; p += 32) {
                byte[] name = java.util.Arrays.copyOfRange(descriptors, p, p + 11);
                char type = (char) descriptors[p + 11];
                int length = descriptors[p + 16] & 0xFF;
                if (type == 'C') {
                    length += (descriptors[p + 17] & 0xFF) << 8; // long character fields (Clipper/GDAL)
                }
                fields.add(new Field(null, type, length, offset, name));
                offset += length;
            }
            if (offset > recordLength) {
                throw new ImportFailure("file", dbf.getFileName().toString(), "import.dbf.broken");
            }
            return new Header(recordCount, recordLength, fields);
        }
    }

}
