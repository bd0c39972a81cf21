package conn

import "mailbot/mailbot/config"

// password returns the password of s via cfg (env var or file). A nil cfg
// (tests dialing without a loaded config) reads the same way from a zero
// Config, whose relative files resolve against the working directory.
func password(cfg *config.Config, s *config.Server) (string, error) {
	if cfg == nil {
		cfg = &config.Config{}
	}
	return cfg.Password(*s)
}

// clientSecret returns the OAuth2 client secret of o via cfg.
func clientSecret(cfg *config.Config, o *config.OAuth2) (string, error) {
	if cfg == nil {
		cfg = &config.Config{}
	}
	return cfg.ClientSecret(*o)
}
