package dev.baton.engine;

import dev.baton.model.Step;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** One step of a collection: a test named by the step's name, never by its resolved URL. */
final class StepDescriptor extends AbstractTestDescriptor {

    static final String SEGMENT = "step";

    private final Step step;

    StepDescriptor(UniqueId parent, Path file, Step step) {
        super(parent.append(SEGMENT, step.name()), step.name(), FileSource.from(file.toFile(),
                FilePosition.from(step.position().line(), step.position().column())));
        this.step = step;
    }

    Step step() {
        return step;
    }

    @Override
    public Set<TestTag> getTags() {
        return step.tags().stream().filter(TestTag::isValid).map(TestTag::create).collect(Collectors.toSet());
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
