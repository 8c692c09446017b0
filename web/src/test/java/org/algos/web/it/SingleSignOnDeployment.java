package org.algos.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class written for the server the build starts in single sign-on mode (Failsafe
 * execution it-keycloak). That execution switches on JUnit's extension auto-detection, which registers
 * {@link OnlyInThisMode}: every other class is left out there, also when named with -Dit.test,
 * since it signs in with the built-in login.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface SingleSignOnDeployment {

    /** Registered through META-INF/services, active where auto-detection is on. */
    final class OnlyInThisMode implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getTestClass().filter(c -> c.isAnnotationPresent(SingleSignOnDeployment.class)).isPresent()
                    ? ConditionEvaluationResult.enabled("written for single sign-on")
                    : ConditionEvaluationResult.disabled("this execution's server signs in through single sign-on; "
                            + "the test uses the built-in login");
        }
    }
}
