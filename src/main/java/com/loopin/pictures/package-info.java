/**
 * Profile pictures uploaded by the app: recognised by their content, decoded and re-encoded (so no metadata, GPS
 * included, survives and no malformed file reaches anyone), bounded in size, thumbnailed, and stored under the
 * data folder or in any S3-compatible store ({@code internal}). {@link com.loopin.pictures.Pictures} is the API.
 */
@ApplicationModule(
        displayName = "Pictures",
        allowedDependencies = {"database", "protection", "shared", "users"})
package com.loopin.pictures;

import org.springframework.modulith.ApplicationModule;
