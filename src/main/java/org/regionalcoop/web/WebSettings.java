package org.regionalcoop.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestBody the largest request body {@code /api} and {@code /engine-rest} take; a larger one is
 *                       refused with 413 before it is read whole
 */
@ConfigurationProperties("platform.web")
record WebSettings(@DefaultValue("1MB") DataSize maxRequestBody) {
}
