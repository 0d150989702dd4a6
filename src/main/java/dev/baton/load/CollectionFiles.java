package dev.baton.load;

import dev.baton.model.DisplayPath;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells the collections of a folder from the other YAML files beside them (environments, a server's
 * {@code application.yml}, CI files), by content: a collection is a mapping with {@code steps:}. A file that is not
 * YAML at all counts as a collection, so that its error is shown rather than the file passed over. A file named on
 * the command line is always read as a collection; only folders are sorted.
 */
public final class CollectionFiles {

    /**
     * The YAML files of a folder tree, sorted.
     *
     * @param collections the files that are collections
     * @param skipped     the other YAML files, left aside
     */
    public record Folder(List<Path> collections, List<Path> skipped) {
        public Folder {
            collections = List.copyOf(collections);
            skipped = List.copyOf(skipped);
        }
    }

    private CollectionFiles() {
    }

    /** The collections and the other YAML files under {@code directory}. */
    public static Folder in(Path directory) {
        List<Path> collections = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList()) {
                (isCollection(file) ? collections : skipped).add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Folder(collections, skipped);
    }

    /** Whether the file holds a collection: a YAML mapping with a {@code steps} key, or something unreadable. */
    static boolean isCollection(Path file) {
        String shown = DisplayPath.of(file);
        try {
            String content = CollectionLoader.read(file, shown);
            Node root = SafeYaml.compose(new SourceFile(shown, content), content);
            if (!(root instanceof MappingNode mapping)) {
                return false;
            }
            return mapping.getValue().stream().anyMatch(tuple -> tuple.getKeyNode() instanceof ScalarNode key
                    && key.getValue().equals("steps"));
        } catch (LoadException unreadable) {
            return true;
        }
    }
}
