package dev.baton.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

import java.util.Optional;

/** The root of a Baton run. Its class source lets Maven Surefire count the steps as tests. */
final class BatonEngineDescriptor extends EngineDescriptor {

    BatonEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "Baton");
    }

    @Override
    public Optional<TestSource> getSource() {
        return Optional.of(ClassSource.from(BatonTestEngine.class));
    }
}
