package dev.baton.importer.postman.script;

/** The part of the response a script reads. */
public sealed interface Source {

    /** {@code pm.response.code}, {@code responseCode.code}. */
    record Status() implements Source {
    }

    /** {@code pm.response.headers.get(name)}, {@code postman.getResponseHeader(name)}. */
    record Header(String name) implements Source {
    }

    /**
     * {@code pm.response.json().a.b[0]}, or an alias of it.
     *
     * @param path   the JSONPath, starting {@code $}
     * @param length whether the script reads the value's {@code .length}
     */
    record Json(String path, boolean length) implements Source {
        Json member(String name) {
            return new Json(path + (name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + name
                    : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']"), false);
        }

        Json index(long index) {
            return new Json(path + "[" + index + "]", false);
        }

        Json lengthOf() {
            return new Json(path, true);
        }
    }

    /** {@code pm.response.text()}, {@code responseBody}. */
    record Body() implements Source {
    }

    /** {@code pm.response.responseTime}, {@code responseTime}. */
    record Duration() implements Source {
    }

    /** {@code pm.cookies.get(name)}: a cookie the response set, for captures. */
    record Cookie(String name) implements Source {
    }

    /** The whole response, {@code pm.response}: the subject of {@code pm.response.to.have.status(200)}. */
    record Response() implements Source {
    }
}
