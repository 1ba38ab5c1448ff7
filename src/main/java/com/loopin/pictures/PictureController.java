package com.loopin.pictures;

import static com.loopin.shared.ErrorCode.PICTURE_INVALID;
import static com.loopin.shared.ErrorCode.PICTURE_QUOTA_EXCEEDED;
import static com.loopin.shared.ErrorCode.PICTURE_TOO_LARGE;
import static com.loopin.shared.ErrorCode.PICTURE_TYPE_NOT_SUPPORTED;
import static com.loopin.shared.ErrorCode.RATE_LIMITED;
import static com.loopin.shared.ErrorCode.SERVICE_UNAVAILABLE;
import static com.loopin.shared.ErrorCode.VALIDATION_ERROR;

import com.loopin.shared.ApiErrors;
import com.loopin.shared.Caller;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Profile")
@SecurityRequirement(name = "bearer")
class PictureController {

    private final Pictures pictures;

    PictureController(Pictures pictures) {
        this.pictures = pictures;
    }

    record UploadedPicture(
            @Schema(
                    description = "Put it in profile_pictures (complete-profile or a profile update)",
                    example = "https://api.loopin.example/media/3f2a9c1e0b7d4e5f8a6b2c3d4e5f6a7b.jpg")
            String url,

            @Schema(example = "https://api.loopin.example/media/3f2a9c1e0b7d4e5f8a6b2c3d4e5f6a7b-t.jpg")
            String thumbnailUrl,

            @Schema(example = "1536") int width,
            @Schema(example = "2048") int height) {}

    @Operation(
            operationId = "uploadProfilePicture",
            summary = "Upload a profile picture",
            description = "A JPEG, PNG or WebP (recognised by its content) of at most PICTURE_MAX_BYTES (10 MB) and "
                    + "PICTURE_MAX_PIXELS. It is decoded and encoded anew, so no metadata (GPS included) survives; "
                    + "its long side is bounded to PICTURE_MAX_SIDE (2048) and a thumbnail is made. Use the `url` "
                    + "in profile_pictures or an event's cover_pictures; pictures nothing uses are deleted after "
                    + "PICTURE_ORPHAN_HOURS.")
    @ApiErrors({
        VALIDATION_ERROR,
        PICTURE_INVALID,
        PICTURE_TOO_LARGE,
        PICTURE_TYPE_NOT_SUPPORTED,
        RATE_LIMITED,
        PICTURE_QUOTA_EXCEEDED,
        SERVICE_UNAVAILABLE
    })
    @PostMapping(
            path = "/api/auth/profile/pictures",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UploadedPicture upload(
            @Schema(description = "The picture", type = "string", format = "binary") @RequestPart(required = false)
                    MultipartFile file,
            @AuthenticationPrincipal Caller caller)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ValidationFailedException(
                    List.of(new FieldError("file", "Send the picture as the part `file`.")));
        }
        URI service =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
        var uploaded = pictures.upload(caller.requireUser(), file.getBytes(), service);
        return new UploadedPicture(uploaded.url(), uploaded.thumbnailUrl(), uploaded.width(), uploaded.height());
    }
}
