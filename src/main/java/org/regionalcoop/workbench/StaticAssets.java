package org.regionalcoop.workbench;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import java.util.List;

/**
 * The workbench's own files and the WebJars it uses, each folder at a path of its own (Spring Boot's mapping of
 * the class path's static folders at {@code /**} is off: {@code spring.web.resources.add-mappings}). Under that
 * mapping every link a page renders ({@code /tasks/…}, {@code /agreements/…}) was first looked for among the
 * static files by the links' resource URL encoding, a search of the class path's jars for each link that finds
 * nothing: over a third of the CPU that rendering "My work" took.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    static final List<String> FOLDERS = List.of("css", "js", "diagram-viewer");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
        }
        // Pages name a WebJar's file without its version; the resolver finds the version on the class path.
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
