package dev.baton.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

import java.util.Optional;

/**
 * The root of a Baton run. By default it has a class source, which lets Maven Surefire count the steps as
 * tests; the CLI turns it off so that JUnit XML names each step's class after its collection.
 */
final class BatonEngineDescriptor extends EngineDescriptor {

    private final boolean classSource;

    BatonEngineDescriptor(UniqueId uniqueId, boolean classSource) {
        super(uniqueId, "Baton");
        this.classSource = classSource;
    }

    @Override
    public Optional<TestSource> getSource() {
        return classSource ? Optional.of(ClassSource.from(BatonTestEngine.class)) : Optional.empty();
    }
}
