//! OpenID Connect sign-in against an identity provider started inside the test.
