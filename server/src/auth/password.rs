//! Passwords: Argon2id (the `argon2` crate's default parameters: 19 MiB, 2 passes), a
//! fresh salt per hash, at least 12 characters.
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, SaltString};
use argon2::{Argon2, PasswordVerifier};

use super::AuthError;

pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longer input only costs the hasher time.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Checks the policy, naming `param` (the form field or JSON key) when it fails.
pub fn check_policy(param: &str, password: &str) -> Result<(), AuthError> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        return Err(AuthError::bad(
            param,
            format!("a password needs at least {MIN_PASSWORD_CHARS} characters"),
        ));
    }
    if n > MAX_PASSWORD_CHARS {
        return Err(AuthError::bad(
            param,
            format!("a password has at most {MAX_PASSWORD_CHARS} characters"),
        ));
    }
    Ok(())
}

pub fn hash(password: &str) -> Result<String, AuthError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AuthError::Internal(format!("hashing a password: {e}")))
}

/// True if `password` matches `stored` (a PHC string); a malformed stored hash never matches.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// A hash to verify against when the account does not exist, so a wrong name takes as
/// long as a wrong password (no timing hint about which names exist).
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("decoy password, never valid").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argon2id_round_trip_with_fresh_salts() {
        let a = hash("correct horse battery").unwrap();
        let b = hash("correct horse battery").unwrap();
        assert!(a.starts_with("$argon2id$"), "{a}");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(verify("correct horse battery", &a));
        assert!(!verify("correct horse batterz", &a));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn policy_counts_characters() {
        assert!(check_policy("password", "short").is_err());
        assert!(check_policy("password", "十二个字符的中文密码也可以").is_ok());
        assert!(check_policy("password", &"x".repeat(257)).is_err());
    }
}
