package com.loopin.clientcheck;

import com.loopin.client.ApiClient;
import com.loopin.client.ApiException;
import com.loopin.client.api.AuthenticationApi;
import com.loopin.client.api.ProfileApi;
import com.loopin.client.model.PhoneRequest;
import com.loopin.client.model.VerifyCodeRequest;

/** What an app writes with the generated Java client: the operation names read as the flow does. */
public final class App {

    private App() {}

    public static String signUpAndReadProfile(String baseUrl, String phone, String code) throws ApiException {
        var client = new ApiClient();
        client.updateBaseUri(baseUrl);
        var auth = new AuthenticationApi(client);
        auth.signup(new PhoneRequest().phoneNumber(phone));
        var signedUp = auth.verifyOtp(new VerifyCodeRequest().phoneNumber(phone).otpCode(code));
        String token = signedUp.getToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        var profiles = new ProfileApi(client);
        String picture = profiles.uploadProfilePicture(new java.io.File("photo.jpg")).getUrl();
        var profile = profiles.getProfile();
        return profile.getData().getPhoneNumber() + " " + picture;
    }
}
