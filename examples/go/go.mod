module example.com/quickstart

go 1.24

require github.com/openai-images/openai-images-go v0.0.0

replace github.com/openai-images/openai-images-go => ../../generated/go
