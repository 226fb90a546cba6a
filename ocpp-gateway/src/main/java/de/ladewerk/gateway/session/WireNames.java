package de.ladewerk.gateway.session;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The wire spelling of a message enum constant (its {@code @JsonProperty}, else its name), e.g.
 * {@code Energy.Active.Import.Register}. Used by the handlers to fill version-neutral records.
 */
public final class WireNames {

    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                String name = ((Enum<?>) constants[i]).name();
                try {
                    JsonProperty p = type.getField(name).getAnnotation(JsonProperty.class);
                    names[i] = p != null && !p.value().isEmpty() ? p.value() : name;
                } catch (NoSuchFieldException e) {
                    names[i] = name;
                }
            }
            return names;
        }
    };

    private WireNames() {
    }

    /** The wire name, or {@code fallback} when the value is absent. */
    public static String of(Enum<?> value, String fallback) {
        return value == null ? fallback : NAMES.get(value.getDeclaringClass())[value.ordinal()];
    }
}
