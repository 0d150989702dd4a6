package dev.baton.testing;

import dev.baton.auth.AuthBlock;
import dev.baton.auth.AuthContext;
import dev.baton.auth.AuthSession;
import dev.baton.auth.AuthType;
import dev.baton.model.Position;
import dev.baton.model.Text;
import dev.baton.model.Tree;

import java.util.List;

/**
 * A test-only auth type, {@code auth: {type: test-fault}}, with a fault in it: before each step it throws what a bug
 * in Baton would, so that tests see how a fault is told from bad input. Its presence also shows that an auth type
 * on the class path is found without editing Baton.
 */
public final class FaultyAuthType implements AuthType {

    /** The message of the fault. */
    public static final String FAULT = "a fault planted by the test";

    @Override
    public String name() {
        return "test-fault";
    }

    @Override
    public List<String> keys() {
        return List.of();
    }

    @Override
    public AuthBlock read(Tree.Mapping block) {
        Position position = block.position();
        return new AuthBlock() {
            @Override
            public String type() {
                return name();
            }

            @Override
            public Position position() {
                return position;
            }

            @Override
            public List<Text> texts() {
                return List.of();
            }

            @Override
            public AuthSession start(AuthContext context) {
                return new AuthSession() {
                    @Override
                    public void beforeStep() {
                        throw new IllegalStateException(FAULT);
                    }
                };
            }
        };
    }
}
