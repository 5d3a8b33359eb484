package org.anju.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rules every uploaded file must pass before Anju keeps it (the archive's documents, the photos
 * of inspection tasks): not empty, not larger than allowed, a declared content type that is allowed
 * <em>and</em> agrees with the file's first bytes ({@link ContentSniffer}) — a script renamed
 * {@code photo.jpg} is refused. Storing under a random name is {@link DocumentStore}'s job.
 */
public final class UploadRules {

    private UploadRules() {
    }

    /**
     * Checks {@code file} (field {@code field} of the form) and returns its declared content type,
     * lower case and without parameters.
     *
     * @throws InvalidInputException 422 naming the field: empty, too large, type not allowed, content
     *                               not matching the declared type
     */
    public static String checkedType(String field, MultipartFile file, Set<String> allowedTypes, DataSize maxSize) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.unprocessable(new FieldProblem(field, null, "casework.upload.empty"));
        }
        if (file.getSize() > maxSize.toBytes()) {
            throw InvalidInputException.unprocessable(new FieldProblem(field, file.getSize(), "casework.upload.tooLarge",
                    maxSize.toMegabytes()));
        }
        String declared = file.getContentType() == null ? ""
                : file.getContentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!allowedTypes.contains(declared)) {
            throw InvalidInputException.unprocessable(new FieldProblem(field, declared, "casework.upload.type",
                    String.join(", ", allowedTypes.stream().sorted().toList())));
        }
        String sniffed = sniff(file);
        if (!ContentSniffer.agrees(declared, sniffed)) {
            throw InvalidInputException.unprocessable(new FieldProblem(field, declared, "casework.upload.mismatch",
                    sniffed == null ? "?" : sniffed));
        }
        return declared;
    }

    /** Stores the checked file; the store's size limit is checked again while copying. */
    public static DocumentStore.Stored store(String field, MultipartFile file, DocumentStore store, DataSize maxSize) {
        try (InputStream in = file.getInputStream()) {
            return store.store(in, maxSize.toBytes());
        } catch (DocumentStore.TooLargeException e) {
            throw InvalidInputException.unprocessable(List.of(new FieldProblem(field, null, "casework.upload.tooLarge",
                    maxSize.toMegabytes())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client's name for display only: the last path segment, without control characters, ≤ 200 chars. */
    public static String displayName(String original, String fallback) {
        if (original == null) {
            return fallback;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints().filter(cp -> !Character.isISOControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sniff(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return ContentSniffer.sniff(in.readNBytes(16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
