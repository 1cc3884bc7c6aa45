package io.taskdef.spec;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The fields of one parsed JSON object, in document order: two arrays, searched from the start while the
 * object is small (almost every spec object has a handful of fields, and the binder asks for field names that
 * the reader returned as the same constants) and through a hash index once it is not, so a body with many keys
 * stays linear. Fills with {@link #putIfAbsent}; the views are read-only.
 */
final class FieldMap extends AbstractMap<String, SpecNode> {

    /** Above this many fields, lookups go through a hash index. */
    private static final int SCANNED = 8;

    private String[] keys = new String[SCANNED];
    private SpecNode[] values = new SpecNode[SCANNED];
    private int size;
    private HashMap<String, Integer> index;

    private int indexOf(Object key) {
        if (index != null) {
            Integer at = index.get(key);
            return at == null ? -1 : at;
        }
        String[] k = keys;
        for (int i = 0; i < size; i++) {
            if (k[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (k[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public SpecNode putIfAbsent(String key, SpecNode value) {
        int at = indexOf(key);
        if (at >= 0) {
            return values[at];
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        if (index != null) {
            index.put(key, size);
        } else if (size == SCANNED) {
            index = new HashMap<>(4 * SCANNED);
            for (int i = 0; i <= size; i++) {
                index.put(keys[i], i);
            }
        }
        size++;
        return null;
    }

    @Override
    public SpecNode get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<String> keySet() {
        return view(i -> keys[i]);
    }

    @Override
    public Set<Entry<String, SpecNode>> entrySet() {
        return view(i -> Map.entry(keys[i], values[i]));
    }

    /** A read-only view of the fields in order, each given by {@code element} from its position. */
    private <T> Set<T> view(IntFunction<T> element) {
        return new AbstractSet<>() {
            @Override
            public Iterator<T> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public T next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        return element.apply(next++);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
