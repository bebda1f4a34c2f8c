// The Redis the queue tests use (scripts/system-deps.sh starts one on the default port).
export const REDIS = process.env.PARALLAX_TEST_REDIS ?? 'redis://127.0.0.1:6379';
