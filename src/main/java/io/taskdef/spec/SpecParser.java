package io.taskdef.spec;

import io.taskdef.diag.Diagnostic;
import io.taskdef.spec.SpecNode.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a JSON or YAML body into a {@link SpecNode} tree with positions. Streams tokens itself instead of
 * binding objects, so that it can report every duplicate key (as diagnostics with pointers), refuse YAML
 * aliases (no alias bombs, no object graphs), and enforce {@link SpecLimits} with the pointer of the
 * offending value. Thread-safe; build one and share it.
 */
public final class SpecParser {

    /** What the parser produced: the tree, plus duplicate-key diagnostics found on the way. */
    public record Parsed(SpecNode root, List<Diagnostic> diagnostics) {
    }

    private final SpecLimits limits;
    private final JsonFactory jsonFactory;
    private final YAMLFactory yamlFactory;

    public SpecParser(SpecLimits limits) {
        this.limits = limits;
        // Jackson's own constraints are a backstop, set above ours so that our precise checks fire first. The token
        // count is ours alone: Jackson's would check it on every token a second time.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                .maxStringLength(limits.maxStringLength() * 4 + 16)
                .maxNameLength(limits.maxStringLength() * 4 + 16)
                .maxNumberLength(64)
                .build();
        this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
        LoadSettings yamlSettings = LoadSettings.builder()
                .setAllowDuplicateKeys(true) // reported by us, with pointers, instead of a parse failure
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(4 * 1024 * 1024)
                .build();
        this.yamlFactory = YAMLFactory.builder().loadSettings(yamlSettings).streamReadConstraints(constraints).build();
    }

    /**
     * The spec of a JSON body that binds without a finding, read straight from its bytes without a tree; null
     * for every other body, which {@link #parse} and {@link SpecBinder} then read, bind and report on.
     */
    public AppSpec readPlainSpec(byte[] body, SpecFormat format) {
        return format == SpecFormat.JSON ? PlainSpecReader.read(body, limits) : null;
    }

    public Parsed parse(byte[] body, SpecFormat format) {
        if (format == SpecFormat.JSON) {
            SpecNode plain = PlainJsonReader.read(body, limits);
            if (plain != null) {
                return new Parsed(plain, List.of());
            }
        }
        return parseWithJackson(body, format);
    }

    /** The general path: every YAML body, and the JSON bodies {@link PlainJsonReader} leaves to it. */
    Parsed parseWithJackson(byte[] body, SpecFormat format) {
        TokenStreamFactory factory = format == SpecFormat.JSON ? jsonFactory : yamlFactory;
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), body)) {
            Reader reader = new Reader(p, limits, body);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new MalformedSpecException("EMPTY_BODY", "the request body is empty; send an app spec", 1, 1);
            }
            SpecNode root = reader.read(first, 1);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                TokenStreamLocation at = p.currentTokenLocation();
                throw new MalformedSpecException("MALFORMED_BODY",
                        "unexpected content after the end of the spec", at.getLineNr(), at.getColumnNr());
            }
            return new Parsed(root, reader.diagnostics);
        } catch (MalformedSpecException e) {
            throw e;
        } catch (JacksonException e) {
            if (e.getCause() instanceof MarkedYamlEngineException yaml) {
                throw yamlSyntax(yaml);
            }
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            int col = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            throw new MalformedSpecException("MALFORMED_BODY", describe(e, format), line, col);
        } catch (MarkedYamlEngineException e) {
            throw yamlSyntax(e);
        } catch (RuntimeException e) {
            throw new MalformedSpecException("MALFORMED_BODY", "the body is not valid " + format + ": " + firstLine(e.getMessage()), 0, 0);
        }
    }

    /**
     * A YAML syntax error where snakeyaml-engine found it: the problem and its mark, with the construct it was
     * reading. (Jackson's own location is that of the last good token, and its message's first line is
     * often only the context, such as "while scanning for the next token".)
     */
    private static MalformedSpecException yamlSyntax(MarkedYamlEngineException e) {
        Optional<Mark> problemMark = e.getProblemMark();
        Optional<Mark> contextMark = e.getContextMark();
        Mark at = problemMark.or(() -> contextMark).orElse(null);
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String context = e.getContext() == null ? ""
                : " (" + e.getContext() + contextMark.map(m -> " from line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1)).orElse("") + ")";
        // the seed's valueFrom forms end in ':' ("...:username1::", "...::AWSPREVIOUS:"), which YAML reads as a key
        String hint = problem.startsWith("mapping values are not allowed") ? "; a value that ends in ':' or holds ': ', such as "
                + "a valueFrom ending in '::', must be quoted" : "";
        return new MalformedSpecException("MALFORMED_BODY", "the body is not valid YAML: " + problem + context + hint,
                at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1);
    }

    private static String describe(JacksonException e, SpecFormat format) {
        String msg = firstLine(e.getOriginalMessage());
        // Jackson appends where the token started ("(for Array starting at [Source: ...])", "(start marker at [Source: ...])");
        // we give line and column ourselves
        int cut = msg.length();
        for (String tail : new String[] {" (for ", " (start marker", " at [Source"}) {
            int i = msg.indexOf(tail);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return "the body is not valid " + format + ": " + msg.substring(0, cut);
    }

    private static String firstLine(String msg) {
        if (msg == null) {
            return "unreadable input";
        }
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }

    /**
     * Reads one document. The JSON pointer of the value being read is kept as a path of names and indexes and
     * only turned into a string when a diagnostic or a limit needs it: most specs need none.
     */
    private static final class Reader {
        private final JsonParser p;
        private final UTF8StreamJsonParser json; // the parser of JSON bodies; null for YAML
        private final SpecLimits limits;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final Object[] path; // String names and Integer indexes, one per level below the root
        private final byte[] body;
        private int tokens;

        Reader(JsonParser p, SpecLimits limits, byte[] body) {
            this.p = p;
            this.json = p instanceof UTF8StreamJsonParser j ? j : null;
            this.limits = limits;
            this.path = new Object[limits.maxDepth() + 2];
            this.body = body;
        }

        /** Reads the value starting at {@code token}, {@code depth} levels deep (the root is at 1). */
        SpecNode read(JsonToken token, int depth) {
            Position pos = position();
            if (++tokens > limits.maxTokens()) {
                throw limit("TOO_MANY_TOKENS", "the spec has more than " + limits.maxTokens() + " values", depth, pos);
            }
            if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                throw limit("YAML_ALIAS", "YAML aliases (*name) are not supported at " + where(depth) + "; write the value out", depth, pos);
            }
            switch (token) {
                case START_OBJECT:
                    checkDepth(depth, pos);
                    return readObject(depth, pos);
                case START_ARRAY:
                    checkDepth(depth, pos);
                    return readArray(depth, pos);
                case VALUE_STRING:
                    String s = p.getString();
                    if (json == null && YamlNulls.isNullWord(s) && YamlNulls.plainScalarAt(body, pos.line(), pos.column())) {
                        return new SpecNode.Null(pos.line(), pos.column());
                    }
                    checkString(s, depth, pos);
                    return new SpecNode.Str(s, pos.line(), pos.column());
                case VALUE_NUMBER_INT:
                    return new SpecNode.Num(p.getString(), true, pos.line(), pos.column());
                case VALUE_NUMBER_FLOAT:
                    return new SpecNode.Num(p.getString(), false, pos.line(), pos.column());
                case VALUE_TRUE:
                    return new SpecNode.Bool(true, pos.line(), pos.column());
                case VALUE_FALSE:
                    return new SpecNode.Bool(false, pos.line(), pos.column());
                case VALUE_NULL:
                    return new SpecNode.Null(pos.line(), pos.column());
                case VALUE_EMBEDDED_OBJECT:
                    throw limit("MALFORMED_BODY", "binary or tagged YAML values are not supported at " + where(depth), depth, pos);
                default:
                    throw syntax("unexpected " + token + " at " + where(depth), pos);
            }
        }

        private SpecNode readObject(int depth, Position pos) {
            Map<String, SpecNode> fields = new LinkedHashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                if (name.length() > limits.maxStringLength()) {
                    checkString(name, depth, location());
                }
                path[depth] = name;
                SpecNode value = read(p.nextToken(), depth + 1);
                SpecNode first = fields.putIfAbsent(name, value);
                if (first != null) {
                    diagnostics.add(Diagnostic.error("DUPLICATE_KEY", pointer(depth + 1), "'" + name + "' is given twice (values at "
                            + first.position() + " and " + value.position() + "); keep one of them"));
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw syntax("unterminated object at " + where(depth), pos);
            }
            return new SpecNode.Obj(fields, pos.line(), pos.column());
        }

        private SpecNode readArray(int depth, Position pos) {
            List<SpecNode> items = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw syntax("unterminated array at " + where(depth), pos);
                }
                path[depth] = items.size();
                items.add(read(t, depth + 1));
            }
            return new SpecNode.Arr(items, pos.line(), pos.column());
        }

        private void checkDepth(int depth, Position pos) {
            if (depth > limits.maxDepth()) {
                throw limit("SPEC_TOO_DEEP", "the spec nests deeper than " + limits.maxDepth() + " levels at " + where(depth), depth, pos);
            }
        }

        private void checkString(String s, int depth, Position pos) {
            if (s.length() > limits.maxStringLength()) {
                throw limit("STRING_TOO_LONG", "a string at " + where(depth) + " is " + s.length()
                        + " characters long; the limit is " + limits.maxStringLength(), depth, pos);
            }
        }

        /**
         * Where the current value starts. Jackson's byte-array JSON parser gives it without building a location
         * object: its {@code currentTokenLocation()} column for a value is {@code getTokenColumnNr() - 1}
         * (SpecParserTest pins the positions of both formats).
         */
        private Position position() {
            if (json != null) {
                return new Position(json.getTokenLineNr(), json.getTokenColumnNr() - 1);
            }
            return location();
        }

        /** Where the current token (a value or a property name) starts, as the parser reports it. */
        private Position location() {
            TokenStreamLocation l = p.currentTokenLocation();
            return new Position(l.getLineNr(), l.getColumnNr());
        }

        /** The JSON pointer of the value {@code depth} levels deep on the current path. */
        private String pointer(int depth) {
            String pointer = Pointer.ROOT;
            for (int i = 1; i < depth; i++) {
                pointer = path[i] instanceof Integer index ? Pointer.child(pointer, index) : Pointer.child(pointer, (String) path[i]);
            }
            return pointer;
        }

        private String where(int depth) {
            return depth <= 1 ? "the top level" : pointer(depth);
        }

        private MalformedSpecException limit(String code, String message, int depth, Position pos) {
            return new MalformedSpecException(code, message, pointer(depth), pos.line(), pos.column());
        }

        private static MalformedSpecException syntax(String message, Position pos) {
            return new MalformedSpecException("MALFORMED_BODY", message, pos.line(), pos.column());
        }
    }
}
