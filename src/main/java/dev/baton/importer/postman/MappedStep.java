package dev.baton.importer.postman;

import dev.baton.importer.yaml.YamlMap;

import java.util.List;
import java.util.Set;

/**
 * A request mapped to a step, with what the collection around it needs to know.
 *
 * @param step       the step; its comments are added when the collection is written
 * @param before     the steps that must run first (an OAuth 2.0 flow met for the first time)
 * @param kept       the script lines kept as comments beside the step
 * @param captured   the Baton variables its captures set
 * @param used       the Baton variables it uses
 * @param tests      each Postman test of the request and how it carried over
 * @param checks     how many checks were written
 * @param captures   how many captures were written
 */
record MappedStep(YamlMap step, List<YamlMap> before, List<KeptLine> kept, Set<String> captured, Set<String> used,
                  List<TestLink> tests, int checks, int captures) {

    /** A script line kept as a comment: whose script, which line, and the text. */
    record KeptLine(String script, int line, String text) {
    }
}
