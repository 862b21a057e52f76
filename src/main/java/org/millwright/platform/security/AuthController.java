package org.millwright.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Authentication", description = "Login, token refresh and password reset")
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final AuthService auth;

    AuthController(AuthService auth) {
        this.auth = auth;
    }

    @Operation(summary = "Log in with e-mail and password; returns an access and a refresh token")
    @PostMapping("/token")
    TokenService.Tokens token(@Valid @RequestBody Login login) {
        return auth.login(login.email(), login.password());
    }

    @Operation(summary = "Exchange a refresh token for new tokens")
    @PostMapping("/refresh")
    TokenService.Tokens refresh(@Valid @RequestBody Refresh refresh) {
        return auth.refresh(refresh.refreshToken());
    }

    @Operation(summary = "Set a new password with an admin-issued reset token")
    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@Valid @RequestBody Reset reset) {
        auth.resetPassword(reset.token(), reset.newPassword());
    }

    @Operation(summary = "Who am I: the caller, its tenant, role and sites")
    @GetMapping("/me")
    MillwrightPrincipal me() {
        return CurrentPrincipal.require();
    }

    record Login(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password) {}

    record Refresh(@NotBlank @Size(max = 4000) String refreshToken) {}

    record Reset(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(max = 200) String newPassword) {}
}
