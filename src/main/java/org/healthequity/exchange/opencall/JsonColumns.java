package org.healthequity.exchange.opencall;

import jakarta.persistence.AttributeConverter;
import tools.jackson.databind.json.JsonMapper;

/** The JSON documents of the module's jsonb columns, written and read with one mapper. */
final class JsonColumns {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonColumns() {
    }

    abstract static class Converter<T> implements AttributeConverter<T, String> {

        private final Class<T> type;

        Converter(Class<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            return MAPPER.writeValueAsString(value);
        }

        @Override
        public T convertToEntityAttribute(String json) {
            return MAPPER.readValue(json, type);
        }
    }

    static final class DefinitionConverter extends Converter<CallDefinition> {
        DefinitionConverter() {
            super(CallDefinition.class);
        }
    }

    static final class AnswersConverter extends Converter<Answers> {
        AnswersConverter() {
            super(Answers.class);
        }
    }

    static final class ScoresConverter extends Converter<Scores> {
        ScoresConverter() {
            super(Scores.class);
        }
    }
}
