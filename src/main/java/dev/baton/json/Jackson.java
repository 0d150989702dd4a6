package dev.baton.json;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Baton's one Jackson {@link ObjectMapper}, with Jackson's defaults, built on first use: a run that reads and writes
 * no JSON never loads Jackson. Thread-safe once built; callers read, write and make writers from it and never
 * configure it.
 */
public final class Jackson {

    private Jackson() {
    }

    /** The shared mapper. */
    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
