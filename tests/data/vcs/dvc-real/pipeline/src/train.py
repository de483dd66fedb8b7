import sys
# fits the model
