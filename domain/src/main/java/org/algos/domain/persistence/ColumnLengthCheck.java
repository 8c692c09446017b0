package org.algos.domain.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.algos.domain.common.FieldErrors;

/**
 * The last line before the database: a text longer than its column is refused with the field
 * named ("route: must be at most 30 characters"), never sent to become a database error and a 500.
 * Services check the lengths they know with their own messages first; this catches the rest, in
 * the entity, its embedded parts and its collections of embedded parts. Every entity lists it in
 * {@code @EntityListeners} (an architecture test checks).
 */
public class ColumnLengthCheck {

    private record Limit(Field field, int length, boolean nested) {
    }

    private static final ClassValue<List<Limit>> LIMITS = new ClassValue<>() {
        @Override
        protected List<Limit> computeValue(Class<?> type) {
            List<Limit> limits = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Column column = field.getAnnotation(Column.class);
                    boolean nested = field.isAnnotationPresent(Embedded.class)
                            || field.isAnnotationPresent(ElementCollection.class);
                    if (nested || column != null && field.getType() == String.class) {
                        field.setAccessible(true);
                        limits.add(new Limit(field, column == null ? 0 : column.length(), nested));
                    }
                }
            }
            return List.copyOf(limits);
        }
    };

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        FieldErrors errors = new FieldErrors();
        collect(entity, errors, 0);
        errors.throwIfAny();
    }

    /** Adds an error for every text of the object (and its embedded parts) longer than its column. */
    public static void collect(Object object, FieldErrors errors, int depth) {
        if (object == null || depth > 2) {
            return;
        }
        for (Limit limit : LIMITS.get(object.getClass())) {
            Object value = read(limit.field(), object);
            if (limit.nested()) {
                if (value instanceof Collection<?> parts) {
                    parts.forEach(part -> collect(part, errors, depth + 1));
                } else {
                    collect(value, errors, depth + 1);
                }
            } else if (value instanceof String text && text.length() > limit.length()) {
                errors.add(limit.field().getName(), "must be at most " + limit.length() + " characters");
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
