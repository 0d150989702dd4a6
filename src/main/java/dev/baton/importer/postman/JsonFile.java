package dev.baton.importer.postman;

import dev.baton.importer.SourceTree;
import dev.baton.load.LoadException;
import dev.baton.load.SourceFile;
import dev.baton.model.DisplayPath;
import dev.baton.model.Position;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a Postman export (a collection or an environment) as JSON, with the places of its values. */
final class JsonFile {

    /** Postman exports with saved responses grow large; larger files are refused before they are read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private JsonFile() {
    }

    static SourceTree read(Path file) throws LoadException {
        String shown = DisplayPath.of(file);
        SourceFile noLines = new SourceFile(shown, "");
        try {
            if (Files.isDirectory(file)) {
                throw noLines.error(noLines.at(0, 0), "is a folder, not a Postman export");
            }
            if (!Files.isRegularFile(file)) {
                throw new LoadException(Position.of(shown), null, "cannot read file: no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw noLines.error(noLines.at(0, 0), "file is " + size + " bytes; the limit is "
                        + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1);
            }
            return SourceTree.json(new SourceFile(shown, content).hidingSecrets(), content);
        } catch (CharacterCodingException e) {
            throw noLines.error(noLines.at(0, 0), "file is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new LoadException(Position.of(shown), null, "cannot read file: no such file");
        } catch (IOException e) {
            throw new LoadException(Position.of(shown), null, "cannot read file: " + e.getMessage());
        }
    }
}
