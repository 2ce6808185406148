package io.tandem.support.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The names clients use for enum values: their {@code @JsonProperty} name, else the constant. */
public final class EnumNames {

    private EnumNames() {
    }

    public static String of(Enum<?> constant) {
        try {
            JsonProperty named = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return named != null && !named.value().isEmpty() ? named.value() : constant.name();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    public static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> of((Enum<?>) c)).collect(Collectors.joining(", ", "[", "]"));
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not one of " + allowed(type));
    }
}
