package org.algos.domain.testkit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.UnsatisfiedResolutionException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds a bean as the container would: its {@code @PersistenceContext} gets the transaction's
 * entity manager, its {@code @Resource} registry the test transactions' registry, each
 * {@code @Inject} field a collaborator. Collaborators the test gives come first, then the
 * harness's own (clock, caller, guard, audit trail); a {@code @Stateless} class nobody gave is
 * built the same way, as the real bean would be; a port (an interface) must be given. A field
 * left without a collaborator fails the build, so a test never runs a half-wired service.
 */
final class ServiceWiring {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry registry;
    private final List<Object> defaults;

    ServiceWiring(EntityManager em, TransactionSynchronizationRegistry registry, List<Object> defaults) {
        this.em = em;
        this.registry = registry;
        this.defaults = List.copyOf(defaults);
    }

    <T> T build(Class<T> type, List<Object> given) {
        return build(type, new ArrayList<>(given));
    }

    /** {@code built} collects the beans made on the way, so one service call shares them. */
    private <T> T build(Class<T> type, ArrayList<Object> built) {
        T bean;
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            bean = constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    Object value = valueFor(type, field, built);
                    if (value != null) {
                        set(bean, field, value);
                    }
                }
            }
        }
        return bean;
    }

    private Object valueFor(Class<?> owner, Field field, ArrayList<Object> built) {
        if (field.isAnnotationPresent(PersistenceContext.class)) {
            return em;
        }
        if (field.isAnnotationPresent(Resource.class)) {
            if (field.getType() == TransactionSynchronizationRegistry.class) {
                return registry;
            }
            throw new IllegalStateException(owner.getSimpleName() + "." + field.getName() + ": no test resource of type "
                    + field.getType().getName());
        }
        if (!field.isAnnotationPresent(Inject.class)) {
            return null;
        }
        if (field.getType() == Instance.class) {
            Class<?> wanted = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            return instance(wanted, all(wanted, built));
        }
        Optional<Object> found = find(field.getType(), built);
        if (found.isPresent()) {
            return found.get();
        }
        ConfigProperty config = field.getAnnotation(ConfigProperty.class);
        if (config != null && !ConfigProperty.UNCONFIGURED_VALUE.equals(config.defaultValue())) {
            return converted(config.defaultValue(), field.getType());
        }
        if (field.getType().isAnnotationPresent(Stateless.class)) {
            Object bean = build(field.getType(), built);
            built.add(bean);
            return bean;
        }
        throw new IllegalStateException(owner.getSimpleName() + "." + field.getName() + " needs a "
                + field.getType().getSimpleName() + ": pass one to service(...)");
    }

    private Optional<Object> find(Class<?> wanted, List<Object> given) {
        for (List<Object> tier : List.of(given, defaults)) {
            List<Object> matches = tier.stream().filter(wanted::isInstance).toList();
            if (matches.size() > 1) {
                throw new IllegalStateException("Several collaborators are a " + wanted.getName() + ": " + matches);
            }
            if (matches.size() == 1) {
                return Optional.of(matches.get(0));
            }
        }
        return Optional.empty();
    }

    /** Every collaborator of the type, as {@code Instance<T>} iterates them: the given ones, else the defaults. */
    private List<Object> all(Class<?> wanted, List<Object> given) {
        for (List<Object> tier : List.of(given, defaults)) {
            List<Object> matches = tier.stream().filter(wanted::isInstance).toList();
            if (!matches.isEmpty()) {
                return matches;
            }
        }
        return List.of();
    }

    private static Object converted(String text, Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == String.class) {
            return text;
        }
        throw new IllegalStateException("No conversion of a config default to " + type.getName());
    }

    /** {@code Instance<T>} as CDI answers it: resolvable when one bean is there, unsatisfied when none. */
    private static Object instance(Class<?> wanted, List<Object> beans) {
        return Proxy.newProxyInstance(ServiceWiring.class.getClassLoader(), new Class<?>[] {Instance.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> {
                        if (beans.size() != 1) {
                            throw new UnsatisfiedResolutionException(beans.size() + " " + wanted.getName()
                                    + " in this test, not one");
                        }
                        yield beans.get(0);
                    }
                    case "isResolvable" -> beans.size() == 1;
                    case "isUnsatisfied" -> beans.isEmpty();
                    case "isAmbiguous" -> beans.size() > 1;
                    case "iterator" -> beans.iterator();
                    case "stream" -> beans.stream();
                    case "toString" -> "Instance<" + wanted.getSimpleName() + ">";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("Instance." + method.getName() + " in a test");
                });
    }

    private static void set(Object bean, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set " + field, e);
        }
    }
}
