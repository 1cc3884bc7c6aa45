package io.taskdef.wire;

import io.taskdef.diag.Findings;
import io.taskdef.spec.DidYouMean;
import io.taskdef.spec.Pointer;
import io.taskdef.spec.SpecNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Reads wire JSON (as a spec tree) into values of AWS SDK v2 model fields, checking every name and type
 * against the SDK's field metadata. This is how {@code overrides} are validated against the ECS model:
 * an unknown field or a value of the wrong type is a diagnostic with its pointer, never an exception.
 */
public final class SdkWireReader {

    /** A field of a model object and the value read for it, ready to be set on that object's builder. */
    public record FieldValue(SdkField<?> field, Object value, String pointer) {

        public void applyTo(Object builder) {
            field.set(builder, value);
        }
    }

    private SdkWireReader() {
    }

    /** The fields of an SDK model class, by wire name, from one of its builders. */
    public static Map<String, SdkField<?>> fieldsByWireName(SdkPojo builder) {
        Map<String, SdkField<?>> out = new LinkedHashMap<>();
        for (SdkField<?> f : builder.sdkFields()) {
            out.put(f.locationName(), f);
        }
        return Map.copyOf(out);
    }

    /**
     * Reads each member of {@code obj} as the field of that wire name. Members named in {@code owned} are
     * refused with the message given there (the spec has a first-class field for them).
     */
    public static List<FieldValue> readFields(Map<String, SdkField<?>> fields, SpecNode.Obj obj, String pointer,
                                              Map<String, String> owned, String what, Findings findings) {
        List<FieldValue> out = new ArrayList<>(obj.fields().size());
        for (Map.Entry<String, SpecNode> e : obj.fields().entrySet()) {
            String name = e.getKey();
            String ptr = Pointer.child(pointer, name);
            String ownedBy = owned.get(name);
            if (ownedBy != null) {
                findings.error("OVERRIDE_CONFLICT", ptr, "'" + name + "' comes from the spec; " + ownedBy);
                continue;
            }
            SdkField<?> field = fields.get(name);
            if (field == null) {
                findings.error("UNKNOWN_ECS_FIELD", ptr, "'" + name + "' is not a field of " + what
                        + DidYouMean.hint(name, fields.keySet()));
                continue;
            }
            if (e.getValue() instanceof SpecNode.Null) {
                continue;
            }
            Object value = read(field, e.getValue(), ptr, findings);
            if (value != null) {
                out.add(new FieldValue(field, value, ptr));
            }
        }
        return out;
    }

    private static Object read(SdkField<?> field, SpecNode node, String ptr, Findings findings) {
        MarshallingKnownType type = field.marshallingType().getKnownType();
        switch (type) {
            case STRING:
                if (node instanceof SpecNode.Str s) {
                    return s.value();
                }
                if (node instanceof SpecNode.Num n) {
                    return n.text();
                }
                return typeError(ptr, "a string", node, findings);
            case INTEGER:
            case LONG:
            case SHORT:
                if (node instanceof SpecNode.Num n && n.integral()) {
                    try {
                        BigDecimal d = new BigDecimal(n.text());
                        return type == MarshallingKnownType.INTEGER ? (Object) d.intValueExact()
                                : type == MarshallingKnownType.LONG ? (Object) d.longValueExact() : (Object) d.shortValueExact();
                    } catch (ArithmeticException ex) {
                        return typeError(ptr, "an integer in range", node, findings);
                    }
                }
                return typeError(ptr, "an integer", node, findings);
            case DOUBLE:
            case FLOAT:
                if (node instanceof SpecNode.Num n) {
                    double d = Double.parseDouble(n.text());
                    return type == MarshallingKnownType.DOUBLE ? (Object) d : (Object) (float) d;
                }
                return typeError(ptr, "a number", node, findings);
            case BOOLEAN:
                if (node instanceof SpecNode.Bool b) {
                    return b.value();
                }
                return typeError(ptr, "true or false", node, findings);
            case SDK_POJO:
                if (!(node instanceof SpecNode.Obj o)) {
                    return typeError(ptr, "an object", node, findings);
                }
                SdkPojo builder = field.constructor().get();
                List<FieldValue> values = readFields(fieldsByWireName(builder), o, ptr, Map.of(),
                        "'" + field.locationName() + "'", findings);
                for (FieldValue v : values) {
                    v.applyTo(builder);
                }
                return ((SdkBuilder<?, ?>) builder).build();
            case LIST:
                if (!(node instanceof SpecNode.Arr a)) {
                    return typeError(ptr, "an array", node, findings);
                }
                SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
                List<Object> list = new ArrayList<>(a.items().size());
                for (int i = 0; i < a.items().size(); i++) {
                    Object item = read(member, a.items().get(i), Pointer.child(ptr, i), findings);
                    if (item != null) {
                        list.add(item);
                    }
                }
                return list;
            case MAP:
                if (!(node instanceof SpecNode.Obj m)) {
                    return typeError(ptr, "an object", node, findings);
                }
                SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, SpecNode> e : m.fields().entrySet()) {
                    Object v = read(valueField, e.getValue(), Pointer.child(ptr, e.getKey()), findings);
                    if (v != null) {
                        map.put(e.getKey(), v);
                    }
                }
                return map;
            default:
                findings.error("UNSUPPORTED_OVERRIDE", ptr, "'" + field.locationName() + "' cannot be set through overrides");
                return null;
        }
    }

    private static Object typeError(String ptr, String expected, SpecNode found, Findings findings) {
        findings.error("INVALID_TYPE", ptr, "expected " + expected + " for this ECS field, found a " + found.typeName());
        return null;
    }
}
