package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Compile-only mirror (see MIRRORS.md; @Target not read from the real class, seen only on methods). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface XsrfProtectionExcluded {
}
