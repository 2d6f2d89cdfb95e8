package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// envPrefix names the environment variables: ATSMATCH_FORMAT, ATSMATCH_MIN_SCORE, ...
const envPrefix = "ATSMATCH"

// settings are the values a command may take from flags, env or the config
// file. Keys are the flag names.
type settings struct {
	Format   string   `mapstructure:"format"`
	MinScore float64  `mapstructure:"min-score"`
	NoColor  bool     `mapstructure:"no-color"`
	Verbose  bool     `mapstructure:"verbose"`
	Strict   bool     `mapstructure:"strict"`
	Kind     string   `mapstructure:"kind"`
	Dict     []string `mapstructure:"dict"`
}

// resolve reads settings for cmd with the precedence flags > env > config
// file > flag defaults. A fresh viper per run keeps runs independent.
func resolve(cmd *cobra.Command, configFile string) (settings, error) {
	v := viper.New()
	v.SetEnvPrefix(envPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	for _, key := range []string{"format", "min-score", "no-color", "verbose", "strict", "kind", "dict"} {
		if err := bindFlag(v, cmd, key); err != nil {
			return settings{}, err
		}
	}
	path, explicit := configFile, configFile != ""
	if !explicit {
		path = defaultConfigPath()
	}
	if path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			// A missing default file is normal; a missing named one is a mistake.
			if explicit || !errors.Is(err, fs.ErrNotExist) {
				return settings{}, usagef("config file %s: %v", path, err)
			}
		}
	}
	// "dictionaries:" is the config key the docs name; "dict:" (the flag's
	// name) works too. Registered after reading so the file's key moves.
	v.RegisterAlias("dictionaries", "dict")
	var st settings
	if err := v.Unmarshal(&st); err != nil {
		return settings{}, usagef("bad setting (flag, %s_* variable or config file): %v", envPrefix, err)
	}
	return st, nil
}

// bindFlag makes the flag named key a source for the viper key of the same
// name; commands without that flag still read it from env and file.
func bindFlag(v *viper.Viper, cmd *cobra.Command, key string) error {
	if f := cmd.Flags().Lookup(key); f != nil {
		return v.BindPFlag(key, f)
	}
	return nil
}

// defaultConfigPath is $XDG_CONFIG_HOME/atsmatch/config.yaml, else
// $HOME/.config/atsmatch/config.yaml; "" when neither is set.
func defaultConfigPath() string {
	if dir := os.Getenv("XDG_CONFIG_HOME"); dir != "" {
		return filepath.Join(dir, "atsmatch", "config.yaml")
	}
	if home := os.Getenv("HOME"); home != "" {
		return filepath.Join(home, ".config", "atsmatch", "config.yaml")
	}
	return ""
}

// useColor: only on a terminal, and neither NO_COLOR (any value, see
// no-color.org) nor --no-color.
func useColor(s *Streams, noColor bool) bool {
	_, env := os.LookupEnv("NO_COLOR")
	return s.OutTTY && !env && !noColor
}
