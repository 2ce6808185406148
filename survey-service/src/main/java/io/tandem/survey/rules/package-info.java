/**
 * The rules of an instrument definition in plain Java: whether a definition may be published,
 * whether answers fit it, which items skip logic enables, and what is scored. They work on
 * {@link io.tandem.survey.rules.FormSpec}, a framework-free copy of the definition that the
 * {@code definition} package (the annotated API and storage records) builds.
 */
package io.tandem.survey.rules;
