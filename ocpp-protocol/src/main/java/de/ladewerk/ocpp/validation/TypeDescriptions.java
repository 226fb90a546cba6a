package de.ladewerk.ocpp.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Derives a {@link TypeDescription} from a record class once and caches it. A type the validator
 * cannot describe is a programming error and fails loudly (the registry tests describe every message).
 */
public final class TypeDescriptions {

    private static final ClassValue<TypeDescription> CACHE = new ClassValue<>() {
        @Override
        protected TypeDescription computeValue(Class<?> type) {
            return describe(type);
        }
    };

    private TypeDescriptions() {
    }

    static TypeDescription of(Class<?> type) {
        return CACHE.get(type);
    }

    /**
     * Checks that a message class can be described; throws {@link IllegalArgumentException} naming
     * the component otherwise. Used by the registries' tests.
     */
    public static void requireDescribable(Class<?> type) {
        TypeDescription d = of(type);
        for (PropertyDescription p : d.properties()) {
            requireNested(p.valueType());
        }
    }

    private static void requireNested(ValueType t) {
        if (t.kind() == ValueType.Kind.OBJECT) {
            requireDescribable(t.objectType());
        } else if (t.kind() == ValueType.Kind.ARRAY) {
            requireNested(t.itemType());
        }
    }

    private static TypeDescription describe(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        List<PropertyDescription> props = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty jp = c.getAnnotation(JsonProperty.class);
            String name = jp != null && !jp.value().isEmpty() ? jp.value() : c.getName();
            MaxLength maxLength = c.getAnnotation(MaxLength.class);
            Range range = c.getAnnotation(Range.class);
            Size size = c.getAnnotation(Size.class);
            ValueType vt;
            try {
                vt = valueType(c.getGenericType());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(type.getName() + "." + c.getName() + ": " + e.getMessage(), e);
            }
            props.add(new PropertyDescription(name, vt, c.isAnnotationPresent(Required.class) || c.getType().isPrimitive(),
                    maxLength == null ? Integer.MAX_VALUE : maxLength.value(),
                    range == null ? Double.NEGATIVE_INFINITY : range.min(),
                    range == null ? Double.POSITIVE_INFINITY : range.max(),
                    size == null ? 0 : size.min(), size == null ? Integer.MAX_VALUE : size.max()));
        }
        return new TypeDescription(props);
    }

    private static ValueType valueType(Type t) {
        if (t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return ValueType.arrayOf(valueType(pt.getActualTypeArguments()[0]));
        }
        if (!(t instanceof Class<?> c)) {
            throw new IllegalArgumentException("unsupported type " + t);
        }
        if (c == String.class) {
            return ValueType.simple(ValueType.Kind.STRING);
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return ValueType.simple(ValueType.Kind.DATE_TIME);
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Short.class) {
            return ValueType.simple(ValueType.Kind.INTEGER);
        }
        if (c == Double.class || c == double.class || c == BigDecimal.class || c == Float.class) {
            return ValueType.simple(ValueType.Kind.DECIMAL);
        }
        if (c == Boolean.class || c == boolean.class) {
            return ValueType.simple(ValueType.Kind.BOOLEAN);
        }
        if (c.isEnum()) {
            return ValueType.enumOf(enumValues(c));
        }
        if (JsonNode.class.isAssignableFrom(c) || c == Object.class) {
            return ValueType.simple(ValueType.Kind.ANY);
        }
        if (c.isRecord()) {
            return ValueType.objectOf(c);
        }
        throw new IllegalArgumentException("unsupported type " + c.getName());
    }

    private static List<String> enumValues(Class<?> enumType) {
        Method jsonValue = null;
        for (Method m : enumType.getDeclaredMethods()) {
            if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
                jsonValue = m;
            }
        }
        List<String> values = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            try {
                if (jsonValue != null) {
                    jsonValue.setAccessible(true);
                    values.add(String.valueOf(jsonValue.invoke(constant)));
                } else {
                    Field f = enumType.getField(e.name());
                    JsonProperty jp = f.getAnnotation(JsonProperty.class);
                    values.add(jp != null ? jp.value() : e.name());
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalArgumentException("cannot read the JSON value of " + e, ex);
            }
        }
        return values;
    }
}
