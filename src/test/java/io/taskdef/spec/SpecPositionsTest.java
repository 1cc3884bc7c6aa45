package io.taskdef.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The parser reads JSON positions from Jackson's token line and column instead of building a location per
 * value; every value's position must still be the one {@code currentTokenLocation()} reports.
 */
class SpecPositionsTest {

    static Stream<String> documents() throws IOException {
        return Stream.of(
                resource("/bench/small.json"),
                resource("/bench/medium.json"),
                resource("/bench/large.json"),
                "{\"family\":\"web\",\"cpu\":256,\"x\":[1,2.5,true,false,null,{\"a\":[]}],\"y\":{}}",
                "{\r\n\t\"family\": \"wéb-ü€\",\r\n\t\"note\": \"日本語\", \"cpu\": 512,\r\n  \"list\": [\r\n    \"a\",\t\"b\"\r\n  ]\r\n}\r\n",
                "  \n\n   {\"deep\": {\"er\": {\"est\": [[[\"x\"]]]}}}  ");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyValueIsWhereJacksonSaysItStarts(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        List<SpecNode.Position> expected = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), body)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    expected.add(new SpecNode.Position(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr()));
                }
            }
        }
        List<SpecNode.Position> actual = new ArrayList<>();
        collect(new SpecParser(SpecLimits.DEFAULT).parse(body, SpecFormat.JSON).root(), actual);
        assertEquals(expected, actual);
    }

    private static void collect(SpecNode node, List<SpecNode.Position> out) {
        out.add(node.position());
        if (node instanceof SpecNode.Obj o) {
            o.fields().values().forEach(v -> collect(v, out));
        } else if (node instanceof SpecNode.Arr a) {
            a.items().forEach(v -> collect(v, out));
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SpecPositionsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
