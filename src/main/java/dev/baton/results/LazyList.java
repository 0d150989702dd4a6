package dev.baton.results;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made when they are read, for result trees too large to hold: a run's
 * steps are read back from where they were spilled rather than kept. Each read makes the element again.
 *
 * @param <T> the element type
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {

    private final int size;
    private final IntFunction<T> element;

    public LazyList(int size, IntFunction<T> element) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        this.size = size;
        this.element = element;
    }

    /** The list itself when it is lazy (and so already unmodifiable), else an unmodifiable copy. */
    public static <T> List<T> copyOf(List<T> list) {
        return list instanceof LazyList<T> lazy ? lazy : List.copyOf(list);
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return element.apply(index);
    }

    @Override
    public int size() {
        return size;
    }
}
