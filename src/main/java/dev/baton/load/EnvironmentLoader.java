package dev.baton.load;

import dev.baton.sandbox.SandboxSwitch;
import dev.baton.model.DisplayPath;
import dev.baton.model.Environment;
import dev.baton.model.EnvironmentVariable;
import dev.baton.model.Position;
import dev.baton.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds and reads environment files. {@code --env dev} is {@code environments/dev.yaml} in the working
 * directory or beside the collection's folder; a value with a path separator or a YAML extension is a file.
 */
public final class EnvironmentLoader {

    static final List<String> ENVIRONMENT_KEYS = List.of("description", "sandbox", "vars");
    static final List<String> VALUE_KEYS = List.of("value", "env", "default", "secret");
    static final List<String> SANDBOX_KEYS = List.of("switches");

    private final Function<String, String> osEnvironment;

    public EnvironmentLoader(Function<String, String> osEnvironment) {
        this.osEnvironment = osEnvironment;
    }

    /** Reads the OS environment through {@link System#getenv(String)}. */
    public EnvironmentLoader() {
        this(System::getenv);
    }

    /** Finds the file for a name or path; {@code searchFrom} are collection files whose folders are searched too. */
    public Path locate(String nameOrFile, List<Path> searchFrom) throws LoadException {
        if (nameOrFile.contains("/") || nameOrFile.contains("\\") || nameOrFile.endsWith(".yaml")
                || nameOrFile.endsWith(".yml")) {
            Path file = Path.of(nameOrFile);
            var special = FileKind.special(file);
            if (special.isPresent()) {
                throw new LoadException(Position.of(nameOrFile), null, "the environment file "
                        + FileKind.notRegular(special.get()));
            }
            if (!Files.isRegularFile(file)) {
                throw new LoadException(Position.of(nameOrFile), null, "environment file not found");
            }
            return file;
        }
        List<Path> folders = candidateFolders(searchFrom);
        for (Path folder : folders) {
            for (String ext : List.of(".yaml", ".yml")) {
                Path file = folder.resolve(nameOrFile + ext);
                if (Files.isRegularFile(file)) {
                    return file;
                }
            }
        }
        List<String> known = folders.stream().flatMap(EnvironmentLoader::names).distinct().sorted().toList();
        String list = "known environments: " + String.join(", ", known);
        String hint = known.isEmpty() ? "; no environments/ folder was found"
                : dev.baton.template.Suggestions.didYouMean(nameOrFile, known)
                .map(s -> "; did you mean '" + s + "'? (" + list + ")").orElse("; " + list);
        throw new LoadException(Position.of("--env " + nameOrFile), null, "unknown environment '" + nameOrFile + "'"
                + hint);
    }

    /**
     * The named environment in the {@code environments/} folder beside or above one of the collections, never in the
     * working directory alone: the default {@code local} of one project must not apply to a collection elsewhere.
     */
    public java.util.Optional<Path> besideCollections(String name, List<Path> collections) {
        Path workingFolder = Path.of("environments").toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>(candidateFolders(collections));
        if (collections.stream().noneMatch(c -> nearby(workingFolder, c))) {
            folders.remove(workingFolder);
        }
        for (Path folder : folders) {
            for (String ext : List.of(".yaml", ".yml")) {
                if (Files.isRegularFile(folder.resolve(name + ext))) {
                    return java.util.Optional.of(folder.resolve(name + ext));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether {@code folder} is the environments/ folder beside or above the collection's folder. */
    private static boolean nearby(Path folder, Path collection) {
        Path parent = collection.toAbsolutePath().normalize().getParent();
        return parent != null && (folder.equals(parent.resolve("environments"))
                || parent.getParent() != null && folder.equals(parent.getParent().resolve("environments")));
    }

    /** Whether the named environment exists, for defaults that apply only when it does. */
    public boolean exists(String name, List<Path> searchFrom) {
        return candidateFolders(searchFrom).stream().anyMatch(f -> Files.isRegularFile(f.resolve(name + ".yaml"))
                || Files.isRegularFile(f.resolve(name + ".yml")));
    }

    private static List<Path> candidateFolders(List<Path> searchFrom) {
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of("environments"));
        for (Path collection : searchFrom) {
            Path parent = collection.toAbsolutePath().normalize().getParent();
            if (parent != null && parent.getParent() != null) {
                folders.add(parent.getParent().resolve("environments"));
                folders.add(parent.resolve("environments"));
            }
        }
        return folders.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).distinct()
                .toList();
    }

    private static Stream<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.lastIndexOf('.'))).toList().stream();
        } catch (java.io.IOException e) {
            return Stream.empty();
        }
    }

    /** Reads an environment file. */
    public Environment load(Path file) throws LoadException {
        String shown = DisplayPath.of(file);
        String content = CollectionLoader.read(file, shown);
        SourceFile source = new SourceFile(shown, content).hidingSecrets();
        NodeReader reader = new NodeReader(source);
        Node root = SafeYaml.compose(source, content);
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (root == null) {
            return new Environment(stem, file, List.of(), false);
        }
        var entries = reader.entries(root, "the environment", ENVIRONMENT_KEYS);
        boolean sandbox = entries.containsKey("sandbox");
        List<String> switches = sandbox ? sandboxSwitches(reader, entries.get("sandbox").value()) : List.of();
        List<EnvironmentVariable> variables = new ArrayList<>();
        if (entries.containsKey("vars")) {
            for (var entry : reader.entries(entries.get("vars").value(), "vars").values()) {
                variables.add(variable(reader, VariableNames.check(reader, entry), entry.value()));
            }
        }
        return new Environment(stem, file, variables, sandbox, switches);
    }

    /** {@code sandbox: embedded}, or {@code sandbox: {switches: [name, ...]}} for a sandbox with switches on. */
    private static List<String> sandboxSwitches(NodeReader reader, Node value) throws LoadException {
        if (!(value instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
            String written = reader.string(value, "sandbox");
            if (!written.equals("embedded")) {
                throw reader.error(value, "sandbox must be 'embedded' or {switches: [...]}, found '" + written + "'");
            }
            return List.of();
        }
        var entries = reader.entries(value, "sandbox", SANDBOX_KEYS);
        List<String> switches = new ArrayList<>();
        if (entries.containsKey("switches")) {
            for (Node item : reader.list(entries.get("switches").value(), "sandbox switches")) {
                String name = reader.string(item, "a sandbox switch");
                if (SandboxSwitch.byKey(name).isEmpty()) {
                    throw reader.error(item, "unknown sandbox switch '" + name + "'"
                            + dev.baton.template.Suggestions.didYouMean(name, SandboxSwitch.keys())
                            .map(s -> "; did you mean '" + s + "'?").orElse("")
                            + " The switches are: " + String.join(", ", SandboxSwitch.keys()));
                }
                switches.add(name);
            }
        }
        return switches;
    }

    private EnvironmentVariable variable(NodeReader reader, String name, Node node) throws LoadException {
        if (!(node instanceof MappingNode)) {
            return new EnvironmentVariable(name, reader.text(node, "variable " + name), true, false, null);
        }
        String what = "variable " + name;
        var entries = reader.entries(node, what, VALUE_KEYS);
        boolean secret = entries.containsKey("secret") && reader.bool(entries.get("secret").value(), "secret");
        if (entries.containsKey("value") == entries.containsKey("env")) {
            throw reader.error(node, what + " needs either 'value' or 'env' (the name of an OS environment variable)");
        }
        if (entries.containsKey("value")) {
            if (entries.containsKey("default")) {
                throw reader.error(entries.get("default").keyNode(), "'default' goes with 'env'");
            }
            return new EnvironmentVariable(name, reader.text(entries.get("value").value(), what), true, secret, null);
        }
        Node envNode = entries.get("env").value();
        String osName = reader.nonEmpty(envNode, what + " env");
        String osValue = osEnvironment.apply(osName);
        if (osValue != null) {
            return new EnvironmentVariable(name, new Text(osValue, reader.position(envNode)), false, secret, null);
        }
        if (entries.containsKey("default")) {
            return new EnvironmentVariable(name, reader.text(entries.get("default").value(), what), true, secret, null);
        }
        return new EnvironmentVariable(name, null, false, secret, "the OS environment variable " + osName + " is not set ("
                + reader.position(envNode) + ")");
    }
}
