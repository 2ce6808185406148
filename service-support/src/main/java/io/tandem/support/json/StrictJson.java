package io.tandem.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Bodies are read strictly. A body that names the same field twice is refused: which value should
 * count is the client's mistake to fix, not ours to guess (last-one-wins would silently drop
 * data). A number beyond double range (1e400) is refused instead of being stored as Infinity.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule finite = new SimpleModule("finite-numbers");
        finite.addDeserializer(Double.class, new FiniteDouble(new NumberDeserializers.DoubleDeserializer(Double.class, null)));
        finite.addDeserializer(double.class, new FiniteDouble(new NumberDeserializers.DoubleDeserializer(double.class, 0.0)));
        mapper.registerModule(finite);
    }

    private static final class FiniteDouble extends StdScalarDeserializer<Double> {

        private final NumberDeserializers.DoubleDeserializer plain;

        FiniteDouble(NumberDeserializers.DoubleDeserializer plain) {
            super(plain.handledType());
            this.plain = plain;
        }

        @Override
        public Double getNullValue(DeserializationContext context) throws com.fasterxml.jackson.databind.JsonMappingException {
            return plain.getNullValue(context);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double value = plain.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                throw InvalidFormatException.from(parser, "must be a finite number", parser.getText(), Double.class);
            }
            return value;
        }
    }
}
