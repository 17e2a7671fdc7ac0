// Property tests run with one fixed seed, so a CI run is repeatable; a test may still pass its own.
import fc from "fast-check";

fc.configureGlobal({ seed: 2026 });
