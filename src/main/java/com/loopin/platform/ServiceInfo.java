package com.loopin.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** The service's name and version, as the build recorded it. */
@Component
public class ServiceInfo {

    public static final String NAME = "loopin-backend";

    private final String version;

    ServiceInfo(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
    }

    public String version() {
        return version;
    }
}
