package com.loopin.platform;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.util.List;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * A nullable field whose type is a documented object ({@code me.request}) is written {@code {allOf: [$ref], nullable:
 * true}} (and {@code type: object}, added by {@link ApiContractDocumentation}), the OpenAPI 3.0 way: a {@code $ref} ignores its siblings, and left alone the generator marks the referenced
 * object nullable everywhere or nowhere, depending on which use it meets first.
 */
@Component
class NullableReferences implements PropertyCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || property.get$ref() == null || !nullable(type.getCtxAnnotations())) {
            return property;
        }
        Schema wrapped = new ComposedSchema().allOf(List.of(new Schema<>().$ref(property.get$ref())));
        wrapped.setNullable(true);
        wrapped.setDescription(property.getDescription());
        return wrapped;
    }

    private static boolean nullable(Annotation[] annotations) {
        if (annotations == null) {
            return false;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema && schema.nullable()) {
                return true;
            }
        }
        return false;
    }
}
