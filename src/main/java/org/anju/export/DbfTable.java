package org.anju.export;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The attribute table (.dbf, dBASE III) of a Shapefile, in UTF-8 or GBK (declared by the
 * {@code .cpg}; GBK also by the language driver byte 0x4D). Text is encoded with Java's own
 * encoder — not H2GIS's DBF writer, which writes {@code ?} for every character in GBK; characters
 * GBK cannot encode become {@code ?}; widths are counted in encoded bytes.
 *
 * <p>Field widths are fitted to the data: values are first staged in a temporary file (one value
 * at a time, already formatted) while the widest value of each field is tracked; the .dbf is then
 * written from the stage with exact widths. So memory stays constant while the file is as small as
 * the data allows (a fixed 254-byte text field would make 10^6 rows × 10 fields 2.5 GB).
 *
 * <ul>
 * <li>TEXT → C, width = the longest value in UTF-8 bytes (at least 10, at most 254); longer text is
 * cut at a character boundary.</li>
 * <li>INTEGER → N(width, 0), width at least 9 (GDAL reads up to 9 digits as Integer, more as
 * Integer64).</li>
 * <li>DECIMAL → N(width, d): d = the most decimals of any value (1 to {@value #MAX_DECIMALS};
 * more are rounded half-up), so readers take the field as real.</li>
 * <li>DATE → D (yyyyMMdd).</li>
 * <li>BOOLEAN → N(1, 0) with 1 = 是, 0 = 否, as GDAL writes booleans: the dBASE logical type L is
 * read by GDAL 3.6/QGIS as the text T/F/?, numbers work in every reader.</li>
 * </ul>
 * Missing values use the shapelib conventions that GDAL and H2GIS read as null: NUL bytes for text,
 * {@code *} for numbers, {@code 00000000} for dates. Empty text is written as missing: dBASE cannot
 * tell them apart.
 */
final class DbfTable implements AutoCloseable {

    static final int MAX_TEXT_BYTES = 254;
    static final int MAX_DECIMALS = 10;
    private static final int MIN_TEXT_WIDTH = 10;
    private static final int MIN_INTEGER_WIDTH = 9;
    private static final int MAX_NUMBER_WIDTH = 24;
    private static final int MAX_FIELDS = 254;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private static final byte LANGUAGE_DRIVER_GBK = 0x4D;

    private final List<Column> columns;
    private final Charset charset;
    private final List<String> names;
    private final Path stagePath;
    private final DataOutputStream stage;
    private final int[] maxLength;
    private final int[] maxDecimals;
    private final int[] maxIntegerDigits;
    private long records;

    DbfTable(List<Column> columns, List<String> names, Path stagePath, Charset charset) throws IOException {
        this.charset = charset;
        if (columns.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("a Shapefile holds at most " + MAX_FIELDS + " fields");
        }
        this.columns = columns;
        this.names = names;
        this.stagePath = stagePath;
        this.stage = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(stagePath), 1 << 16));
        this.maxLength = new int[columns.size()];
        this.maxDecimals = new int[columns.size()];
        this.maxIntegerDigits = new int[columns.size()];
    }

    /** Stages one record of normalised values. */
    void add(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            byte[] formatted = format(i, values[i]);
            if (formatted == null) {
                stage.writeShort(-1);
            } else {
                stage.writeShort(formatted.length);
                stage.write(formatted);
                maxLength[i] = Math.max(maxLength[i], formatted.length);
            }
        }
        records++;
    }

    private byte[] format(int field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (columns.get(field).type()) {
            case TEXT -> {
                byte[] text = charset.equals(StandardCharsets.UTF_8)
                        ? utf8Prefix((String) value, MAX_TEXT_BYTES) : encodedPrefix((String) value, charset, MAX_TEXT_BYTES);
                yield text.length == 0 ? null : text;
            }
            case INTEGER -> ascii(value.toString());
            case DECIMAL -> {
                BigDecimal decimal = (BigDecimal) value;
                if (decimal.scale() > MAX_DECIMALS) {
                    decimal = decimal.setScale(MAX_DECIMALS, RoundingMode.HALF_UP);
                }
                String plain = decimal.toPlainString();
                int decimals = Math.max(decimal.scale(), 0);
                maxDecimals[field] = Math.max(maxDecimals[field], decimals);
                maxIntegerDigits[field] = Math.max(maxIntegerDigits[field],
                        decimals == 0 ? plain.length() : plain.length() - decimals - 1);
                yield ascii(plain);
            }
            case DATE -> ascii(((LocalDate) value).format(DATE));
            case BOOLEAN -> ascii((Boolean) value ? "1" : "0");
        };
    }

    /** The longest prefix of {@code text} whose UTF-8 encoding fits {@code maxBytes}, cut between characters. */
    static byte[] utf8Prefix(String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return bytes;
        }
        int end = maxBytes;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }

    /**
     * The longest prefix of {@code text} whose encoding in a stateless charset (GBK) fits
     * {@code maxBytes}, cut between characters; unencodable characters become {@code ?}.
     */
    static byte[] encodedPrefix(String text, Charset charset, int maxBytes) {
        byte[] bytes = text.getBytes(charset);
        if (bytes.length <= maxBytes) {
            return bytes;
        }
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            int size = text.substring(end, next).getBytes(charset).length;
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end = next;
        }
        return text.substring(0, end).getBytes(charset);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes the .dbf from the staged records; call once, after the last {@link #add}. */
    void writeTo(Path dbf) throws IOException {
        stage.close();
        int n = columns.size();
        char[] types = new char[n];
        int[] widths = new int[n];
        int[] decimals = new int[n];
        int recordLength = 1;
        for (int i = 0; i < n; i++) {
            switch (columns.get(i).type()) {
                case TEXT -> {
                    types[i] = 'C';
                    widths[i] = Math.min(MAX_TEXT_BYTES, Math.max(MIN_TEXT_WIDTH, maxLength[i]));
                }
                case INTEGER -> {
                    types[i] = 'N';
                    widths[i] = Math.min(MAX_NUMBER_WIDTH, Math.max(MIN_INTEGER_WIDTH, maxLength[i]));
                }
                case DECIMAL -> {
                    types[i] = 'N';
                    int integerDigits = Math.max(1, maxIntegerDigits[i]);
                    decimals[i] = Math.max(1, Math.min(maxDecimals[i], MAX_NUMBER_WIDTH - 2 - integerDigits));
                    widths[i] = Math.min(MAX_NUMBER_WIDTH, integerDigits + 1 + decimals[i]);
                }
                case DATE -> {
                    types[i] = 'D';
                    widths[i] = 8;
                }
                case BOOLEAN -> {
                    types[i] = 'N';
                    widths[i] = 1;
                }
            }
            recordLength += widths[i];
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dbf), 1 << 16);
             DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(stagePath), 1 << 16))) {
            out.write(header(types, widths, decimals, recordLength));
            byte[] record = new byte[recordLength];
            for (long r = 0; r < records; r++) {
                record[0] = ' ';
                int offset = 1;
                for (int i = 0; i < n; i++) {
                    int length = in.readShort();
                    byte[] value = length < 0 ? null : in.readNBytes(length);
                    fill(record, offset, types[i], widths[i], decimals[i], value);
                    offset += widths[i];
                }
                out.write(record);
            }
            out.write(0x1A);
        }
    }

    private byte[] header(char[] types, int[] widths, int[] decimals, int recordLength) {
        int n = types.length;
        ByteBuffer header = ByteBuffer.allocate(32 + 32 * n + 1).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        header.put((byte) 0x03);
        header.put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue()).put((byte) today.getDayOfMonth());
        header.putInt((int) records);
        header.putShort((short) (32 + 32 * n + 1));
        header.putShort((short) recordLength);
        if (charset.name().equals("GBK")) {
            header.put(29, LANGUAGE_DRIVER_GBK);
        }
        header.position(32);
        for (int i = 0; i < n; i++) {
            byte[] name = Arrays.copyOf(ascii(names.get(i)), 11);
            header.put(name);
            header.put((byte) types[i]);
            header.putInt(0);
            header.put((byte) widths[i]);
            header.put((byte) decimals[i]);
            header.put(new byte[14]);
        }
        header.put((byte) 0x0D);
        return header.array();
    }

    private static void fill(byte[] record, int offset, char type, int width, int decimals, byte[] value) {
        if (value != null && type == 'N' && decimals > 0) {
            value = ascii(new BigDecimal(new String(value, StandardCharsets.US_ASCII))
                    .setScale(decimals, RoundingMode.HALF_UP).toPlainString());
        }
        if (value == null || value.length > width) {
            byte missing = switch (type) {
                case 'C' -> 0;
                case 'D' -> '0';
                default -> '*';
            };
            Arrays.fill(record, offset, offset + width, missing);
        } else if (type == 'N') {
            Arrays.fill(record, offset, offset + width - value.length, (byte) ' ');
            System.arraycopy(value, 0, record, offset + width - value.length, value.length);
        } else {
            System.arraycopy(value, 0, record, offset, value.length);
            Arrays.fill(record, offset + value.length, offset + width, (byte) ' ');
        }
    }

    /** Closes the stage (its file is deleted with the temporary directory). */
    @Override
    public void close() throws IOException {
        stage.close();
    }
}
