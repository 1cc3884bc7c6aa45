package io.taskdef.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldMapTest {

    /** The same inserts, repeated keys and lookups as a LinkedHashMap, below, at and above the scanned size. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 16, 17, 200})
    void behavesAsALinkedHashMapFilledWithPutIfAbsent(int keys) {
        Random random = new Random(keys);
        FieldMap map = new FieldMap();
        Map<String, SpecNode> expected = new LinkedHashMap<>();
        for (int i = 0; i < keys * 3; i++) {
            // equal names from different String objects, as a parser makes them
            String key = new String(("k" + random.nextInt(Math.max(keys, 1))).toCharArray());
            SpecNode value = new SpecNode.Str("v" + i, 1, i + 1);
            assertEquals(expected.putIfAbsent(key, value), map.putIfAbsent(key, value), key);
        }
        assertEquals(expected.size(), map.size());
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(map.keySet()));
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(map.entrySet()));
        assertEquals(expected, map);
        assertEquals(map, expected);
        assertEquals(expected.hashCode(), map.hashCode());
        for (int i = -1; i <= keys; i++) {
            String key = "k" + i;
            assertEquals(expected.get(key), map.get(key), key);
            assertEquals(expected.containsKey(key), map.containsKey(key), key);
            assertEquals(expected.containsKey(key), map.keySet().contains(key), key);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void iteratorsEndWhereTheMapDoes(int keys) {
        FieldMap map = new FieldMap();
        for (int i = 0; i < keys; i++) {
            map.putIfAbsent("k" + i, new SpecNode.Null(1, 1));
        }
        var entries = map.entrySet().iterator();
        var names = map.keySet().iterator();
        List<String> seen = new ArrayList<>();
        while (entries.hasNext()) {
            seen.add(entries.next().getKey());
            names.next();
        }
        assertEquals(keys, seen.size());
        assertThrows(NoSuchElementException.class, entries::next);
        assertThrows(NoSuchElementException.class, names::next);
        assertThrows(UnsupportedOperationException.class, () -> map.put("x", new SpecNode.Null(1, 1)));
    }
}
