package id.pokin.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who the credentials sent belong to and what they may do, so the UI can sign a user in
 * (a wrong password is a 401) and offer editing only where it will be accepted.
 */
@RestController
class SignedInUserController {

	@GetMapping("/api/me")
	SignedInUser me(Authentication authentication) {
		Editor editor = Editor.of(authentication);
		return new SignedInUser(editor.name(), editor.roles().stream().map(Role::name).sorted().toList(),
				editor.perangkatDaerah(), editor.canEdit());
	}

	record SignedInUser(String name, List<String> roles, String perangkatDaerah, boolean canEdit) {
	}

}
