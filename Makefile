# The two commands of the README. Both install whatever is missing first (see .ci/setup).
.PHONY: run test
run:
	.ci/serve
test:
	.ci/run
