package io.tandem.support.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation's first parameter is a person id that is also in its path: the audit trail records the
 * person's key ({@link PersonData#personKey}) instead, so erasing a person leaves no id in the trail.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonInPath {
}
